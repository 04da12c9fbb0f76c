//! What the library needs when built without std (the `dist-c` profile, `panic = "abort"`).

/// A panic, which the lookups never raise, aborts the process before anything reaches C.
#[panic_handler]
fn abort_on_panic(_: &core::panic::PanicInfo) -> ! {
    // Linking libc by name records it as NEEDED: the no-std library also calls its strlen and
    // memcmp, and a loader must not depend on the program having pulled libc in first.
    #[cfg_attr(unix, link(name = "c"))]
    extern "C" {
        fn abort() -> !;
    }
    // SAFETY: C's abort() takes nothing and never returns.
    unsafe { abort() }
}

// The precompiled compiler_builtins of some targets (aarch64 Linux among them) carries unwind
// tables naming `rust_eh_personality`, which only std defines, so a C program linking the static
// library would fail with an undefined symbol. Nothing here unwinds, so the personality is never
// called: a weak, hidden definition that traps satisfies the linker and yields to std's own when
// the program also links a Rust library built with std.
#[cfg(all(target_os = "linux", target_arch = "aarch64"))]
core::arch::global_asm!(
    ".pushsection .text.rust_eh_personality,\"ax\",%progbits",
    ".weak rust_eh_personality",
    ".hidden rust_eh_personality",
    ".type rust_eh_personality,%function",
    "rust_eh_personality:",
    "brk #1",
    ".popsection",
);
#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
core::arch::global_asm!(
    ".pushsection .text.rust_eh_personality,\"ax\",@progbits",
    ".weak rust_eh_personality",
    ".hidden rust_eh_personality",
    ".type rust_eh_personality,@function",
    "rust_eh_personality:",
    "ud2",
    ".popsection",
);
