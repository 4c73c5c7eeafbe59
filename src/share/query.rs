//! Query-string text: percent-encoding, splitting into key-value pairs, and the `!` escape
//! used inside list values (`p=Zone~Name~...`).

/// Field separator inside a list value.
pub const FIELD_SEP: char = '~';
/// Escape character inside a list value: `!~` is a literal `~`, `!!` a literal `!`.
pub const ESCAPE: char = '!';

/// Percent-encode text for a query key or value.
///
/// Letters, digits and `-._~!,:@/` stay as they are, so links stay readable; everything
/// else, spaces and non-ASCII included, becomes `%XX` of its UTF-8 bytes.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~!,:@/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-decode text; `+` is read as a space, as HTML forms write it.
pub fn percent_decode(s: &str) -> Result<String, String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| {
                    std::str::from_utf8(h)
                        .ok()
                        .and_then(|h| u8::from_str_radix(h, 16).ok())
                });
                match hex {
                    Some(b) if bytes[i + 1].is_ascii_hexdigit() => {
                        out.push(b);
                        i += 3;
                    }
                    _ => {
                        return Err(
                            "broken percent-encoding (a % not followed by two hex digits)".into(),
                        )
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| "percent-encoding that is not valid UTF-8 text".into())
}

/// One piece of a query string that could not be read, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadPiece {
    /// The raw piece as found in the link.
    pub raw: String,
    /// Why it could not be read.
    pub reason: String,
}

/// Split a query string (with or without its leading `?`) into decoded key-value pairs.
///
/// Empty pieces (`&&`) are skipped; a piece without `=` is a key with an empty value.
pub fn split_query(query: &str) -> (Vec<(String, String)>, Vec<BadPiece>) {
    let q = query.strip_prefix('?').unwrap_or(query);
    let q = q.split('#').next().unwrap_or("");
    let mut pairs = Vec::new();
    let mut bad = Vec::new();
    for piece in q.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = piece.split_once('=').unwrap_or((piece, ""));
        match (percent_decode(k), percent_decode(v)) {
            (Ok(k), Ok(v)) => pairs.push((k, v)),
            (Err(reason), _) | (_, Err(reason)) => bad.push(BadPiece {
                raw: piece.to_string(),
                reason,
            }),
        }
    }
    (pairs, bad)
}

/// Join key-value pairs into a query string (without `?`).
pub fn join_query(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Escape one field of a list value: `!` becomes `!!` and `~` becomes `!~`.
pub fn escape_field(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == ESCAPE || c == FIELD_SEP {
            out.push(ESCAPE);
        }
        out.push(c);
    }
    out
}

/// Split a list value into its fields, undoing [`escape_field`].
///
/// A lone `!` at the very end (a cut link) is kept as a literal `!` and reported.
pub fn split_fields(s: &str) -> (Vec<String>, bool) {
    let mut fields = vec![String::new()];
    let mut chars = s.chars();
    let mut dangling = false;
    while let Some(c) = chars.next() {
        if c == ESCAPE {
            match chars.next() {
                Some(n) => fields.last_mut().expect("never empty").push(n),
                None => {
                    fields.last_mut().expect("never empty").push(ESCAPE);
                    dangling = true;
                }
            }
        } else if c == FIELD_SEP {
            fields.push(String::new());
        } else {
            fields.last_mut().expect("never empty").push(c);
        }
    }
    (fields, dangling)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_round_trip_keeps_any_text() {
        for s in ["", "a b", "ü€😀", "100%", "a&b=c", "~!+#?", "<img src=x>"] {
            assert_eq!(percent_decode(&percent_encode(s)).unwrap(), s);
        }
    }

    #[test]
    fn readable_characters_stay_readable() {
        assert_eq!(percent_encode("Dev-EU_1.2~x!"), "Dev-EU_1.2~x!");
        assert_eq!(percent_encode("a b"), "a%20b");
        assert_eq!(percent_encode("a+b"), "a%2Bb");
    }

    #[test]
    fn plus_is_a_space_and_bad_escapes_are_errors() {
        assert_eq!(percent_decode("a+b").unwrap(), "a b");
        assert!(percent_decode("%zz").is_err());
        assert!(percent_decode("%4").is_err());
        assert!(percent_decode("%").is_err());
        assert!(percent_decode("%+1").is_err());
        assert!(percent_decode("%FF").is_err(), "lone 0xFF is not UTF-8");
        assert!(percent_decode("%E2%82").is_err(), "cut UTF-8 sequence");
    }

    #[test]
    fn split_query_skips_empty_pieces_and_reports_bad_ones() {
        let (pairs, bad) = split_query("?a=1&&b&c=%zz&d=x%20y#frag");
        assert_eq!(
            pairs,
            vec![
                ("a".into(), "1".into()),
                ("b".into(), "".into()),
                ("d".into(), "x y".into())
            ]
        );
        assert_eq!(bad.len(), 1);
        assert_eq!(bad[0].raw, "c=%zz");
    }

    #[test]
    fn fields_round_trip_with_separators_inside() {
        let fields = ["a~b", "!", "!~!", "", "plain", "~~"];
        let joined: Vec<String> = fields.iter().map(|f| escape_field(f)).collect();
        let (back, dangling) = split_fields(&joined.join("~"));
        assert_eq!(back, fields);
        assert!(!dangling);
    }

    #[test]
    fn dangling_escape_is_kept_and_reported() {
        assert_eq!(split_fields("ab!"), (vec!["ab!".to_string()], true));
    }
}
