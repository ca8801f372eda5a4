//! Which organisation a document belongs to: the one given (`--org`), or
//! the one its own front matter names. Never a guess: no organisation, or
//! more than one, and the document waits for `--org`.

use styrdok_core::OrgId;
use styrdok_core::text::fold;
use styrdok_org::Organisation;
pub(crate) use styrdok_org::directory::front_matter;
use styrdok_org::directory::{Entry, directory};
use styrdok_register::Register;

use crate::PipelineError;

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

/// The organisation `--org` names: an id, name or alias of the register's
/// organisations, else an entry of the bundled directory (id, name or SCB
/// code). Unknown is an error: nothing is imported.
pub(crate) fn given(reg: &Register, given: &str) -> Result<Choice, PipelineError> {
    if let Ok(o) = styrdok_org::find_organisation(&reg.organisations, given) {
        return Ok(Choice::Known(o.id.clone()));
    }
    match directory().lookup(given) {
        Some(e) => Ok(of_entry(reg, e)),
        None => Err(PipelineError::UnknownOrganisation {
            given: given.to_owned(),
        }),
    }
}

/// The register's organisation for a directory entry (same id), or the
/// entry's organisation (standard bodies, `builtin:generic`) to add.
fn of_entry(reg: &Register, e: &Entry) -> Choice {
    match reg.organisation(e.id.as_str()) {
        Some(o) => Choice::Known(o.id.clone()),
        None => Choice::New(Box::new(e.organisation())),
    }
}

/// The organisation the front matter names: the kommuner and regioner of
/// the bundled directory it names ([`styrdok_org::directory::Directory::recognise`]:
/// its own name, the adoption line, metadata labels, never the body text),
/// or else the register's own organisations (not in the directory:
/// bolag, förbund) named there by name or alias. One → it; none or
/// several → `--org` is needed.
pub(crate) fn recognise(reg: &Register, front: &str) -> Choice {
    let found = directory().recognise(front);
    match found.as_slice() {
        [one] => return of_entry(reg, one),
        [] => {}
        many => return Choice::NeedsOrg(many.iter().map(|e| e.name.clone()).collect()),
    }
    let f = fold(front);
    let own: Vec<&Organisation> = reg
        .organisations
        .iter()
        .filter(|o| directory().get(o.id.as_str()).is_none())
        .filter(|o| {
            std::iter::once(&o.name)
                .chain(o.aliases.iter())
                .any(|n| contains_words(&f, &fold(n)))
        })
        .collect();
    match own.as_slice() {
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
