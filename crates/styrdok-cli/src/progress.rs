//! Progress on stderr for long loads: a spinner with the elapsed time,
//! shown only when stderr is a terminal and only once the work has taken
//! longer than [`DELAY`], so short commands and piped or redirected output
//! never see it (no progress text, no escape codes in logs).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

/// How long work runs before the spinner appears.
pub(crate) const DELAY: Duration = Duration::from_millis(800);

/// Where progress goes: stderr when it is a terminal, nowhere otherwise.
pub(crate) fn stderr_target() -> Option<ProgressDrawTarget> {
    std::io::stderr()
        .is_terminal()
        .then(ProgressDrawTarget::stderr)
}

/// Runs `work`; if it takes longer than `delay` and there is a `target`,
/// shows a spinner saying `what` with the elapsed time until it ends, then
/// clears it.
pub(crate) fn with_progress<T>(
    target: Option<ProgressDrawTarget>,
    delay: Duration,
    what: &str,
    work: impl FnOnce() -> T,
) -> T {
    let Some(target) = target else {
        return work();
    };
    let (done, finished) = mpsc::channel::<()>();
    std::thread::scope(|s| {
        s.spawn(move || {
            if finished.recv_timeout(delay) != Err(RecvTimeoutError::Timeout) {
                return;
            }
            let bar = ProgressBar::with_draw_target(None, target);
            if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
                bar.set_style(style);
            }
            bar.set_message(what.to_owned());
            bar.tick();
            bar.enable_steady_tick(Duration::from_millis(120));
            // Returns when `done` is dropped (the work ended).
            let _ = finished.recv();
            bar.finish_and_clear();
        });
        let out = work();
        drop(done);
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use indicatif::TermLike;
    use std::sync::{Arc, Mutex};

    /// A terminal that records what is written to it.
    #[derive(Debug, Clone, Default)]
    struct Recorder(Arc<Mutex<String>>);

    impl Recorder {
        fn text(&self) -> String {
            self.0.lock().map(|t| t.clone()).unwrap_or_default()
        }
        fn push(&self, s: &str) {
            if let Ok(mut t) = self.0.lock() {
                t.push_str(s);
            }
        }
    }

    impl TermLike for Recorder {
        fn width(&self) -> u16 {
            80
        }
        fn move_cursor_up(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn move_cursor_down(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn move_cursor_right(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn move_cursor_left(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn write_line(&self, s: &str) -> std::io::Result<()> {
            self.push(s);
            self.push("\n");
            Ok(())
        }
        fn write_str(&self, s: &str) -> std::io::Result<()> {
            self.push(s);
            Ok(())
        }
        fn clear_line(&self) -> std::io::Result<()> {
            Ok(())
        }
        fn flush(&self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// The work: waits until the spinner has drawn (or a bound passes), so
    /// the test does not depend on timing when progress is on.
    fn slow_work(seen: &Recorder) -> u32 {
        for _ in 0..200 {
            if !seen.text().is_empty() {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        42
    }

    #[test]
    fn a_terminal_sees_the_spinner_with_its_message() {
        let term = Recorder::default();
        let target = ProgressDrawTarget::term_like(Box::new(term.clone()));
        let out = with_progress(Some(target), Duration::ZERO, "loading reg.json", || {
            slow_work(&term)
        });
        assert_eq!(out, 42);
        assert!(
            term.text().contains("loading reg.json"),
            "{:?}",
            term.text()
        );
    }

    #[test]
    fn no_terminal_no_progress_text() {
        // Under `cargo test` in CI stderr is a pipe or a file. When it is
        // not a terminal no target is chosen, so nothing is drawn anywhere
        // (indicatif is not even asked to decide).
        if std::io::stderr().is_terminal() {
            return;
        }
        assert!(stderr_target().is_none());
        let out = with_progress(stderr_target(), Duration::ZERO, "loading", || 42);
        assert_eq!(out, 42);
    }
}
