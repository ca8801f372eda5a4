//! Which organisation a document belongs to: the one given (`--org`), or
//! the one its own front matter names. Never a guess: no organisation, or
//! more than one, and the document waits for `--org`.

use styrdok_core::OrgId;
use styrdok_core::text::fold;
use styrdok_org::Organisation;
use styrdok_register::Register;

use crate::PipelineError;

/// How many lines from the top of a text count as its front matter (title,
/// header lines, the metadata block, the adoption line).
pub const FRONT_MATTER_LINES: usize = 25;

/// The organisation of a document.
#[derive(Debug, Clone)]
pub(crate) enum Choice {
    /// One of the register's organisations.
    Known(OrgId),
    /// Not in the register yet: added with the document.
    New(Box<Organisation>),
    /// None or several recognised; the names found.
    NeedsOrg(Vec<String>),
}

/// The front matter of a text: its first [`FRONT_MATTER_LINES`] non-empty
/// lines.
pub(crate) fn front_matter(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(FRONT_MATTER_LINES)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The organisation `--org` names: an id, name or alias of the register's
/// organisations, else an entry of the bundled directory (id, name or SCB
/// code). Unknown is an error: nothing is imported.
pub(crate) fn given(reg: &Register, given: &str) -> Result<Choice, PipelineError> {
    if let Ok(o) = styrdok_org::find_organisation(&reg.organisations, given) {
        return Ok(Choice::Known(o.id.clone()));
    }
    Err(PipelineError::UnknownOrganisation {
        given: given.to_owned(),
    })
}

/// The organisation the front matter names, among the register's
/// organisations.
pub(crate) fn recognise(reg: &Register, front: &str) -> Choice {
    let f = fold(front);
    let found: Vec<&Organisation> = reg
        .organisations
        .iter()
        .filter(|o| {
            std::iter::once(&o.name)
                .chain(o.aliases.iter())
                .any(|n| contains_words(&f, &fold(n)))
        })
        .collect();
    match found.as_slice() {
        [one] => Choice::Known(one.id.clone()),
        many => Choice::NeedsOrg(many.iter().map(|o| o.name.clone()).collect()),
    }
}

/// Whether `hay` holds `needle` as whole words.
fn contains_words(hay: &str, needle: &str) -> bool {
    !needle.is_empty()
        && hay.match_indices(needle).any(|(i, _)| {
            let before = hay.get(..i).and_then(|s| s.chars().last());
            let after = hay.get(i + needle.len()..).and_then(|s| s.chars().next());
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}
