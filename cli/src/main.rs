//! `httpcodes`: look HTTP status codes up at a terminal and print reference pages, all from the
//! one table in `httpcodes-core`.
//!
//! Exit status: 0 when every query was found, 1 when one was not, 2 on a usage error.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

mod check;
mod lookup;
mod output;
mod reference;

use lookup::{Answer, Kind};

const EXAMPLES: &str = "\
Examples:
  httpcodes 404                  404 Not Found, its NAME, class and flags
  httpcodes \"not found\"          the same, by reason phrase (any case, aliases too)
  httpcodes NOT_FOUND            the same, by NAME
  httpcodes 4xx                  the Client Error class and its codes
  httpcodes --search teapot      every status whose phrase, NAME or alias contains \"teapot\"
  httpcodes --json 418 503       answers as JSON: code, phrase, name, class, flags
  httpcodes --format markdown    the whole reference (markdown, html, json or csv)
  curl -si URL | httpcodes check what the response's head lacks that the RFCs ask of its status

Exit status: 0 when every query was found, 1 when one was not, 2 on a usage error.";

/// Look up HTTP status codes: by code, NAME, reason phrase or class.
#[derive(Parser, Debug)]
#[command(
    name = "httpcodes",
    version,
    about = "Look up HTTP status codes: by code, NAME, reason phrase or class",
    long_about = "Look up HTTP status codes: by code (404), NAME (NOT_FOUND), reason phrase \
                  (\"not found\", ASCII case-insensitive, aliases accepted) or class (4xx), \
                  search them, or print the whole reference. Every answer comes from the one \
                  table of httpcodes, the same in its Rust, C, Python and Node packages.",
    after_help = EXAMPLES,
    arg_required_else_help = true,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    /// What to look up: a code (404), a NAME (NOT_FOUND), a reason phrase ("not found") or a
    /// class (4xx, "client error")
    #[arg(value_name = "QUERY", allow_negative_numbers = true)]
    queries: Vec<OsString>,

    /// List every status, in code order
    #[arg(short, long, conflicts_with_all = ["queries", "search", "format"])]
    list: bool,

    /// Every status whose phrase, NAME or alias contains TEXT (ASCII case-insensitive)
    #[arg(short, long, value_name = "TEXT", conflicts_with_all = ["queries", "format"])]
    search: Option<OsString>,

    /// Answer in JSON: one object for one status, else an array (keys: code, phrase, name,
    /// class, flags; null for a query not found)
    #[arg(short, long)]
    json: bool,

    /// Print the whole reference as FORMAT
    #[arg(short, long, value_enum, value_name = "FORMAT", conflicts_with_all = ["queries", "json"])]
    format: Option<reference::Format>,

    /// Read every QUERY as this kind only: a code (any integer), a reason phrase, or an exact
    /// NAME; auto tries a class, a NAME, a phrase, then a code
    #[arg(long = "as", value_enum, value_name = "KIND", default_value_t = Kind::Auto)]
    kind: Kind,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print a completion script for SHELL (bash, zsh, fish, elvish, powershell)
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), e.g. `httpcodes man > httpcodes.1`
    Man,
    /// Read response heads (curl -si or -I output, a raw HTTP/1.x head) and say which header
    /// fields the RFCs ask of each status and are missing; exit 1 when a required (MUST) field is
    /// missing or content came where none may, 2 when the input is not a head
    Check {
        /// The file to read; standard input when absent or `-`
        file: Option<PathBuf>,
    },
}

/// What one run prints, and how it exits.
struct Run {
    stdout: Vec<u8>,
    stderr: Vec<String>,
    found: bool,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse_from(std::env::args_os()) {
        Ok(cli) => cli,
        Err(error) => {
            // `--help` and `--version` exit 0 on stdout; a usage error exits 2 with the reason.
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
    };
    let nothing_asked = cli.command.is_none()
        && cli.format.is_none()
        && !cli.list
        && cli.search.is_none()
        && cli.queries.is_empty();
    if nothing_asked {
        // E.g. `httpcodes --json` alone: options, but nothing to look up.
        let error = Cli::command().error(
            clap::error::ErrorKind::MissingRequiredArgument,
            "nothing to look up: give a QUERY, --list, --search TEXT or --format FORMAT",
        );
        let _ = error.print();
        return ExitCode::from(2);
    }
    if let Some(Command::Check { file }) = &cli.command {
        let report = check::run(file.as_deref());
        let mut stdout = io::stdout().lock();
        let _ = stdout
            .write_all(report.stdout.as_bytes())
            .and_then(|()| stdout.flush());
        if let Some(message) = report.stderr {
            complain(&message);
        }
        return ExitCode::from(report.exit);
    }
    let run = match run(&cli) {
        Ok(run) => run,
        Err(error) => {
            complain(&error.to_string());
            return ExitCode::from(1);
        }
    };
    let mut stdout = io::stdout().lock();
    if let Err(error) = stdout.write_all(&run.stdout).and_then(|()| stdout.flush()) {
        // A reader that stopped early (`httpcodes --list | head`) is not an error of ours.
        if error.kind() != io::ErrorKind::BrokenPipe {
            complain(&format!("cannot write the answer: {error}"));
            return ExitCode::from(1);
        }
    }
    for message in &run.stderr {
        complain(message);
    }
    ExitCode::from(if run.found { 0 } else { 1 })
}

/// Says `message` on stderr; a stderr that cannot be written to is no reason to panic.
fn complain(message: &str) {
    let _ = writeln!(io::stderr().lock(), "httpcodes: {message}");
}

fn run(cli: &Cli) -> io::Result<Run> {
    let mut stdout = Vec::new();
    if let Some(command) = &cli.command {
        let mut command_line = Cli::command();
        match command {
            Command::Completions { shell } => {
                clap_complete::generate(*shell, &mut command_line, "httpcodes", &mut stdout);
            }
            Command::Man => man_page(command_line, &mut stdout)?,
            // main runs the check before anything else and never gets here with it.
            Command::Check { .. } => {}
        }
        return Ok(Run {
            stdout,
            stderr: Vec::new(),
            found: true,
        });
    }
    if let Some(format) = cli.format {
        stdout = reference::render(format).into_bytes();
        return Ok(Run {
            stdout,
            stderr: Vec::new(),
            found: true,
        });
    }
    if cli.list {
        let text = output::statuses(httpcodes::Status::all(), cli.json);
        return Ok(Run {
            stdout: text.into_bytes(),
            stderr: Vec::new(),
            found: true,
        });
    }
    if let Some(needle) = &cli.search {
        let found = lookup::search(needle.as_encoded_bytes());
        let mut stderr = Vec::new();
        if found.is_empty() {
            stderr.push(format!(
                "no status phrase, NAME or alias contains {}",
                lookup::quote(needle)
            ));
        }
        return Ok(Run {
            stdout: output::statuses(&found, cli.json).into_bytes(),
            found: !found.is_empty(),
            stderr,
        });
    }
    let answers: Vec<Answer> = cli
        .queries
        .iter()
        .map(|query| lookup::resolve(query, cli.kind))
        .collect();
    let stderr: Vec<String> = answers.iter().filter_map(Answer::miss_message).collect();
    Ok(Run {
        stdout: output::answers(&answers, cli.json).into_bytes(),
        found: stderr.is_empty(),
        stderr,
    })
}

/// The man page: clap_mangen's sections from the command line's definition, then the commands,
/// examples and exit status (clap_mangen would point the commands to pages of their own).
fn man_page(command_line: clap::Command, out: &mut Vec<u8>) -> io::Result<()> {
    let man = clap_mangen::Man::new(command_line);
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    out.extend_from_slice(MAN_SECTIONS.as_bytes());
    man.render_version_section(out)
}

const MAN_SECTIONS: &str = r#".SH COMMANDS
.TP
\fBhttpcodes completions\fR \fISHELL\fR
Print a completion script for \fISHELL\fR: bash, zsh, fish, elvish or powershell.
.TP
\fBhttpcodes man\fR
Print this man page.
.TP
\fBhttpcodes check\fR [\fIFILE\fR]
Read response heads from \fIFILE\fR or standard input (curl \-si or \-I output, a raw HTTP/1.x
head) and say, for each, which header fields the RFCs ask of its status and are missing, with
level and section, and whether content came on a status that must carry none. Exit 0 when
nothing at MUST level is wrong, 1 when it is, 2 when the input is not a head.
.SH EXAMPLES
.TP
\fBhttpcodes 404\fR
404 Not Found, its NAME, class and flags.
.TP
\fBhttpcodes "not found"\fR, \fBhttpcodes NOT_FOUND\fR
The same, by reason phrase (ASCII case\-insensitive, aliases accepted) or by NAME.
.TP
\fBhttpcodes 4xx\fR
The Client Error class: its description and its codes.
.TP
\fBhttpcodes \-\-search teapot\fR
Every status whose phrase, NAME or alias contains "teapot".
.TP
\fBhttpcodes \-\-json 418 503\fR
The answers as JSON: an array of objects with the keys code, phrase, name, class and flags
(null for a query not found).
.TP
\fBhttpcodes \-\-format html > codes.html\fR
The whole reference as one self\-contained page (also markdown, json or csv).
.SH "EXIT STATUS"
.TP
0
Every query was found.
.TP
1
A query was not found; stderr says which and why.
.TP
2
A usage error; stderr says what was wrong.
"#;

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
