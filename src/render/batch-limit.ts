/**
 * The most documents one stylesheet run renders (their trees and outputs are held until it
 * ends). A module of its own so that the pool can size its batches without loading the XSLT
 * engine on the main thread.
 */
export const MAX_BATCH = 16;
