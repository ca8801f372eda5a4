//! The `styrdok` binary: a thin wrapper around [`styrdok_cli::run`].

fn main() {
    let code = styrdok_cli::run(
        std::env::args_os(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    std::process::exit(code);
}
