//! The plan codec: a [`Plan`] to readable key-value pairs and back.
//!
//! Scalars are one key each, written only when they differ from [`Plan::default()`].
//! Workspaces: a plan with one zone and one workspace writes that workspace's fields as
//! scalars too (`sessions=1000`, `zone=Paris`); any other plan lists every workspace as
//! `p=<zone>~<name>~<sessions>~<cpu>~<ram>~<rec>~<disk>~<kind>` in plan order, followed by
//! `~<users>~<concurrency>~<per_user>` only when a named-user field differs from its default
//! (NU-1; links without them read the same), a zone with no workspace as `z=<zone>`, and a
//! plan with no zone at all as `zones=0`. Inside a `p=` or `z=` value, `!~` is a literal `~`
//! and `!!` a literal `!`.

use super::migrate::{migrate, LINK_VERSION};
use super::notices::Notice;
use super::params::{
    parse_count, parse_text, plan_param, profile_param, MAX_NAME_CHARS, PLAN_PARAMS,
    PROFILE_PARAMS, REQUIRED_PROFILE_PARAMS,
};
use super::query::{escape_field, split_fields};
use super::repair::{repair, Form};
use crate::engine::{Plan, WorkspaceProfile, Zone};

/// Most zones one plan reads from a link: as many as the engine sizes, so every plan the
/// page can show also reopens from its link.
pub const MAX_ZONES: usize = crate::engine::validate::MAX_ZONES;
/// Most workspaces one plan reads from a link, over all zones (the engine's limit too).
pub const MAX_PROFILES: usize = crate::engine::validate::MAX_PROFILES;
/// Most key-value pairs one plan reads from a link (every workspace, every empty zone and
/// every other setting fit); the rest are ignored with a notice.
pub const MAX_PAIRS: usize = MAX_PROFILES + MAX_ZONES + 100;

/// Key of a workspace entry in list form.
pub const PROFILE_KEY: &str = "p";
/// Key of a zone without workspaces in list form.
pub const ZONE_KEY: &str = "z";
/// Key that marks a plan with no zone at all (`zones=0`).
pub const NO_ZONES_KEY: &str = "zones";
/// Key of the zone name in single-workspace form.
pub const ZONE_NAME_KEY: &str = "zone";
/// Key of the link version.
pub const VERSION_KEY: &str = "v";

/// The plan as link pairs: `v=1`, then workspaces, then every other input that differs
/// from the defaults.
pub fn encode_plan(plan: &Plan) -> Vec<(String, String)> {
    let default = Plan::default();
    let mut out = vec![(VERSION_KEY.to_string(), LINK_VERSION.to_string())];
    encode_workspaces(plan, &mut out);
    for p in PLAN_PARAMS {
        let value = (p.get)(plan);
        if value != (p.get)(&default) {
            out.push((p.key.to_string(), value));
        }
    }
    out
}

fn encode_workspaces(plan: &Plan, out: &mut Vec<(String, String)>) {
    if let [zone] = plan.zones.as_slice() {
        if let [profile] = zone.profiles.as_slice() {
            let dz = Zone::default();
            if zone.name != dz.name {
                out.push((ZONE_NAME_KEY.to_string(), zone.name.clone()));
            }
            let dp = WorkspaceProfile::default();
            for f in PROFILE_PARAMS {
                let value = (f.get)(profile);
                if value != (f.get)(&dp) {
                    out.push((f.key.to_string(), value));
                }
            }
            return;
        }
    }
    if plan.zones.is_empty() {
        out.push((NO_ZONES_KEY.to_string(), "0".to_string()));
    }
    for zone in &plan.zones {
        if zone.profiles.is_empty() {
            out.push((ZONE_KEY.to_string(), escape_field(&zone.name)));
        }
        let default = WorkspaceProfile::default();
        for w in &zone.profiles {
            let mut fields = vec![escape_field(&zone.name)];
            let optional = &PROFILE_PARAMS[REQUIRED_PROFILE_PARAMS..];
            let written = if optional.iter().any(|f| (f.get)(w) != (f.get)(&default)) {
                PROFILE_PARAMS
            } else {
                &PROFILE_PARAMS[..REQUIRED_PROFILE_PARAMS]
            };
            fields.extend(written.iter().map(|f| escape_field(&(f.get)(w))));
            out.push((PROFILE_KEY.to_string(), fields.join("~")));
        }
    }
}

/// Read a plan from link pairs; never panics. Every part that cannot be used becomes a
/// [`Notice`] and keeps its default; everything else is used; and what the engine would
/// still refuse is repaired ([`super::repair`]), so the plan always sizes.
pub fn decode_plan(pairs: &[(String, String)]) -> (Plan, Vec<Notice>) {
    let mut notices = Vec::new();
    if pairs.len() > MAX_PAIRS {
        notices.push(Notice::new(
            "",
            "",
            format!(
                "the link has {} settings, more than the {MAX_PAIRS} read; the rest are ignored",
                pairs.len()
            ),
        ));
    }
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .take(MAX_PAIRS)
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.clone()))
        .collect();

    let version = read_version(&pairs, &mut notices);
    let pairs: Vec<(String, String)> = pairs
        .into_iter()
        .filter(|(k, _)| k != VERSION_KEY)
        .collect();
    let pairs = migrate(pairs, version, &mut notices);
    let pairs = drop_duplicates(pairs, &mut notices);

    let mut plan = Plan::default();
    let list_form = has_list(&pairs);
    if list_form {
        decode_list(&pairs, &mut plan, &mut notices);
    }
    for (k, v) in &pairs {
        if is_workspace_key(k) {
            single_workspace_key(k, v, list_form, &mut plan, &mut notices);
            continue;
        }
        match plan_param(k) {
            Some(p) => {
                let default = (p.get)(&Plan::default());
                apply(k, v, (p.set)(&mut plan, v), &default, &mut notices);
            }
            None => notices.push(Notice::new(
                k,
                v,
                "not a setting this version of the sizer knows; ignored",
            )),
        }
    }
    let form = if list_form { Form::List } else { Form::Single };
    notices.extend(repair(&mut plan, form));
    (plan, notices)
}

/// True when the pairs list their workspaces (`p=`, `z=`, `zones=0`).
fn has_list(pairs: &[(String, String)]) -> bool {
    pairs
        .iter()
        .any(|(k, _)| k == PROFILE_KEY || k == ZONE_KEY || k == NO_ZONES_KEY)
}

/// Keys that carry workspaces and zones rather than plan settings.
fn is_workspace_key(key: &str) -> bool {
    key == PROFILE_KEY
        || key == ZONE_KEY
        || key == NO_ZONES_KEY
        || key == ZONE_NAME_KEY
        || profile_param(key).is_some()
}

/// One single-workspace key (`zone`, `sessions`, `cpu` ...); list keys are read by
/// [`decode_list`], and single keys are ignored beside them.
fn single_workspace_key(
    k: &str,
    v: &str,
    list_form: bool,
    plan: &mut Plan,
    notices: &mut Vec<Notice>,
) {
    if k == PROFILE_KEY || k == ZONE_KEY || k == NO_ZONES_KEY {
        return;
    }
    if list_form {
        notices.push(Notice::new(
            k,
            v,
            "ignored: this link lists its workspaces with p=, so single-workspace keys do not apply",
        ));
        return;
    }
    let zone = &mut plan.zones[0];
    if k == ZONE_NAME_KEY {
        let (name, note) = parse_text(v, MAX_NAME_CHARS);
        zone.name = name;
        if let Some(note) = note {
            notices.push(Notice::new(k, v, note));
        }
        return;
    }
    let f = profile_param(k).expect("a workspace key");
    let default = (f.get)(&WorkspaceProfile::default());
    apply(k, v, (f.set)(&mut zone.profiles[0], v), &default, notices);
}

/// The zones and workspaces of lower-cased pairs (list form or single keys), on the
/// default plan; what cannot be read is left out silently (link migrations use it).
pub(super) fn workspaces_of(pairs: &[(String, String)]) -> Vec<Zone> {
    let mut plan = Plan::default();
    let mut notices = Vec::new();
    let list_form = has_list(pairs);
    if list_form {
        decode_list(pairs, &mut plan, &mut notices);
    }
    for (k, v) in pairs.iter().filter(|(k, _)| is_workspace_key(k)) {
        single_workspace_key(k, v, list_form, &mut plan, &mut notices);
    }
    plan.zones
}

fn apply(
    key: &str,
    value: &str,
    result: Result<Option<String>, String>,
    default: &str,
    notices: &mut Vec<Notice>,
) {
    match result {
        Ok(None) => {}
        Ok(Some(note)) => notices.push(Notice::new(key, value, note)),
        Err(reason) => notices.push(Notice::new(
            key,
            value,
            format!("{reason}; the default {} is used", shown(default)),
        )),
    }
}

fn shown(default: &str) -> String {
    if default.is_empty() {
        "(empty)".to_string()
    } else {
        default.to_string()
    }
}

/// The link's version: 0 without `v`; the last `v` wins; unreadable means current.
fn read_version(pairs: &[(String, String)], notices: &mut Vec<Notice>) -> u32 {
    let vs: Vec<&(String, String)> = pairs.iter().filter(|(k, _)| k == VERSION_KEY).collect();
    let Some((_, last)) = vs.last() else {
        return 0;
    };
    for (k, v) in &vs[..vs.len() - 1] {
        notices.push(Notice::new(
            k,
            v,
            "duplicated key: the last v= in the link wins",
        ));
    }
    match parse_count(last.trim_start_matches(['v', 'V']), 0, u64::from(u32::MAX)) {
        Ok(n) if n > u64::from(LINK_VERSION) => {
            notices.push(Notice::new(
                VERSION_KEY,
                last,
                format!(
                    "this link comes from a newer version of the sizer (link version {n}); \
                     it was read as version {LINK_VERSION}, so check the plan"
                ),
            ));
            n as u32
        }
        Ok(n) => n as u32,
        Err(_) => {
            notices.push(Notice::new(
                VERSION_KEY,
                last,
                format!("not a link version this sizer knows; read as version {LINK_VERSION}"),
            ));
            LINK_VERSION
        }
    }
}

/// Keep the last of each repeated scalar key; list keys (`p`, `z`) repeat by design.
fn drop_duplicates(
    pairs: Vec<(String, String)>,
    notices: &mut Vec<Notice>,
) -> Vec<(String, String)> {
    let repeats = |k: &str| k == PROFILE_KEY || k == ZONE_KEY;
    let mut out = Vec::with_capacity(pairs.len());
    for (i, (k, v)) in pairs.iter().enumerate() {
        if !repeats(k) && pairs[i + 1..].iter().any(|(k2, _)| k2 == k) {
            notices.push(Notice::new(
                k,
                v,
                format!("duplicated key: the last {k}= in the link wins; this one is ignored"),
            ));
        } else {
            out.push((k.clone(), v.clone()));
        }
    }
    out
}

fn decode_list(pairs: &[(String, String)], plan: &mut Plan, notices: &mut Vec<Notice>) {
    let mut zones: Vec<Zone> = Vec::new();
    let mut no_zones = false;
    let mut profiles = 0usize;
    for (k, v) in pairs {
        match k.as_str() {
            NO_ZONES_KEY => {
                if v.trim() == "0" {
                    no_zones = true;
                } else {
                    notices.push(Notice::new(
                        k,
                        v,
                        "only zones=0 (a plan without zones) is accepted; ignored",
                    ));
                }
            }
            ZONE_KEY => {
                let (fields, dangling) = split_fields(v);
                let raw = fields.join("~");
                let (name, note) = parse_text(&raw, MAX_NAME_CHARS);
                if let Some(note) = note {
                    notices.push(Notice::new(k, v, format!("zone name {note}")));
                }
                if dangling {
                    notices.push(Notice::new(
                        k,
                        v,
                        "ends with a lone !, probably cut; read as a literal !",
                    ));
                }
                zone_index(&mut zones, name, k, v, notices);
            }
            PROFILE_KEY => {
                if profiles >= MAX_PROFILES {
                    notices.push(Notice::new(
                        k,
                        v,
                        format!("more than {MAX_PROFILES} workspaces; this one is ignored"),
                    ));
                    continue;
                }
                let Some((zone, w)) = decode_profile(k, v, notices) else {
                    continue;
                };
                if let Some(z) = zone_index(&mut zones, zone, k, v, notices) {
                    zones[z].profiles.push(w);
                    profiles += 1;
                }
            }
            _ => {}
        }
    }
    if no_zones && !zones.is_empty() {
        notices.push(Notice::new(
            NO_ZONES_KEY,
            "0",
            "ignored: the link also lists zones or workspaces",
        ));
    }
    if zones.is_empty() && !no_zones {
        notices.push(Notice::new(
            "",
            "",
            "no readable workspace in the link; the default workspace is used",
        ));
        return;
    }
    plan.zones = zones;
}

/// The index of the zone with this name, added at the end if new (up to [`MAX_ZONES`]).
fn zone_index(
    zones: &mut Vec<Zone>,
    name: String,
    k: &str,
    v: &str,
    notices: &mut Vec<Notice>,
) -> Option<usize> {
    if let Some(i) = zones.iter().position(|z| z.name == name) {
        return Some(i);
    }
    if zones.len() >= MAX_ZONES {
        notices.push(Notice::new(
            k,
            v,
            format!("more than {MAX_ZONES} zones; this one is ignored"),
        ));
        return None;
    }
    zones.push(Zone {
        name,
        profiles: Vec::new(),
    });
    Some(zones.len() - 1)
}

/// One `p=` entry: its zone name and workspace, or `None` when nothing in it is usable.
fn decode_profile(
    k: &str,
    v: &str,
    notices: &mut Vec<Notice>,
) -> Option<(String, WorkspaceProfile)> {
    if v.trim().is_empty() {
        notices.push(Notice::new(k, v, "empty workspace entry; ignored"));
        return None;
    }
    let (fields, dangling) = split_fields(v);
    if dangling {
        notices.push(Notice::new(
            k,
            v,
            "ends with a lone !, probably cut; read as a literal !",
        ));
    }
    let expected = 1 + PROFILE_PARAMS.len();
    if fields.len() > expected {
        notices.push(Notice::new(
            k,
            v,
            format!(
                "has {} fields where {expected} are expected; the extra ones are ignored",
                fields.len()
            ),
        ));
    }
    let (zone, note) = parse_text(&fields[0], MAX_NAME_CHARS);
    if let Some(note) = note {
        notices.push(Notice::new(k, v, format!("zone name {note}")));
    }
    let mut w = WorkspaceProfile::default();
    let default = WorkspaceProfile::default();
    for (f, text) in PROFILE_PARAMS.iter().zip(fields.iter().skip(1)) {
        match (f.set)(&mut w, text) {
            Ok(None) => {}
            Ok(Some(note)) => notices.push(Notice::new(k, v, format!("{}: {note}", f.key))),
            Err(reason) => notices.push(Notice::new(
                k,
                v,
                format!(
                    "{}: {reason}; the default {} is used",
                    f.key,
                    shown(&(f.get)(&default))
                ),
            )),
        }
    }
    // The named-user fields are optional: only the first ones must all be there, and then
    // either none or all of the optional ones.
    let required = 1 + REQUIRED_PROFILE_PARAMS;
    if fields.len() < expected && fields.len() != required {
        let (of, only) = if fields.len() < required {
            (required, "only ")
        } else {
            (expected, "")
        };
        let missing: Vec<&str> = PROFILE_PARAMS[fields.len() - 1..of - 1]
            .iter()
            .map(|f| f.key)
            .collect();
        notices.push(Notice::new(
            k,
            v,
            format!(
                "has {only}{} of {of} fields (the link may be cut); defaults used for {}",
                fields.len(),
                missing.join(", ")
            ),
        ));
    }
    Some((zone, w))
}
