#if canImport(Glibc)
import Glibc
#endif

/// How the C allocator hands memory back to the system, set once at start-up.
///
/// glibc serves allocations from 128 KiB up with `mmap` and returns them on `free`, but
/// raises that threshold (up to 32 MiB) each time such a block is freed; after that, the
/// big buffers of a large article (decoded bytes, layout runs, analysis tables) come from
/// the heap and stay in the process when freed, so that later stages stack on top of them.
/// A fixed threshold of 1 MiB keeps every big buffer returnable: on a 10 MB article it
/// lowers the peak resident memory of `--dump` from about 63 MB to 53 MB and of the reader
/// after analysis from about 97 MB to 83 MB, at no measurable cost in time (figures in
/// docs/measuring.md). Source for the rule: glibc's `mallopt(3)`, M_MMAP_THRESHOLD.
enum MemoryPolicy {
    /// Allocations of at least this many bytes are mapped on their own (1 MiB).
    static let mappedThreshold: Int32 = 1 << 20
    /// `M_MMAP_THRESHOLD` from glibc's `<malloc.h>` (which Swift's Glibc module leaves out).
    private static let mmapThresholdParameter: Int32 = -3

    /// Applies the policy; does nothing where the C library has no `mallopt`.
    static func apply() {
        #if canImport(Glibc)
        // Looked up at run time: `<malloc.h>` is not part of the Glibc module.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        _ = mallopt(mmapThresholdParameter, mappedThreshold)
        #endif
    }
}
