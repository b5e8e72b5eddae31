import HardeningSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one input through ``HardeningPipeline``, read as `--format auto` would (HTML when it
/// sniffs as a page, else plain text), as Markdown, and, when it does not sniff as a page, as
/// HTML too (`--format html`: any bytes reach libxml2 and the extraction), and traps, after
/// printing what broke, when an invariant does not hold. Shared by the libFuzzer entry point
/// and the replayer.
///
/// - Parameter bytes: the input, any bytes.
func fuzzOne(_ bytes: [UInt8]) {
    let violations = HardeningPipeline.runEveryFormat(bytes)
    guard !violations.isEmpty else { return }
    for violation in violations {
        printError("BylineFuzz: \(violation)\n")
    }
    abort()
}

/// Writes `message` to standard error (file descriptor 2) unbuffered.
func printError(_ message: String) {
    var message = message
    message.withUTF8 { buffer in _ = write(2, buffer.baseAddress, buffer.count) }
}

#if BYLINE_LIBFUZZER
/// libFuzzer's entry point: called once per generated input. Returns 0 as libFuzzer requires.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else {
        fuzzOne([])
        return 0
    }
    fuzzOne(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// libFuzzer's driver (`libclang_rt.fuzzer`, declared in `FuzzerInterface.h`): parses
/// libFuzzer's flags from `argv` and fuzzes `callback`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The fuzzer's `main`. SwiftPM on Linux links an executable's entry point as
/// `<module>_main`, so libFuzzer's own `main` cannot be used; this one hands the command
/// line to libFuzzer's driver instead (flags as for any libFuzzer binary).
@main
struct BylineFuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = runFuzzerDriver(&argc, &argv) { data, size in
            fuzzerTestOneInput(data, size)
        }
        exit(status)
    }
}
#else
/// Without libFuzzer: replays the files given as arguments (a crash file libFuzzer wrote, a
/// corpus), one after another, printing each name first so a trap names its input.
/// `--seeds DIRECTORY COUNT` instead writes COUNT hostile seed inputs (``HostileInput``)
/// into DIRECTORY for a fuzzing corpus. Exit status 0 when every input passed, 2 on usage
/// errors, 1 when a file cannot be read.
@main
struct BylineFuzzReplayer {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--seeds" {
            guard arguments.count == 3, let count = Int(arguments[2]) else {
                printError("usage: BylineFuzz --seeds DIRECTORY COUNT\n")
                exit(2)
            }
            writeSeeds(into: arguments[1], count: count)
            return
        }
        guard !arguments.isEmpty else {
            printError("usage: BylineFuzz FILE... (replays inputs through the hardening pipeline)\n")
            exit(2)
        }
        for path in arguments {
            guard let bytes = readFile(path) else {
                printError("BylineFuzz: \(path): cannot read\n")
                exit(1)
            }
            print("replaying \(path) (\(bytes.count) bytes)")
            fuzzOne(bytes)
        }
        print("all \(arguments.count) inputs passed")
    }

    /// The bytes of the file at `path`, or `nil` when it cannot be read.
    static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
        }
        return ferror(file) == 0 ? bytes : nil
    }

    /// Writes `count` seed files `hostile-N` into `directory`.
    static func writeSeeds(into directory: String, count: Int) {
        var generator = HostileInput(seed: 0x5EED)
        for n in 0..<max(0, count) {
            let bytes = generator.article(maxBytes: 4096)
            guard let file = fopen("\(directory)/hostile-\(n)", "wb") else {
                printError("BylineFuzz: \(directory): cannot write\n")
                exit(1)
            }
            _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            fclose(file)
        }
    }
}
#endif
