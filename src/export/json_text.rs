//! Compact JSON text for any `Serialize` value, written without a float formatter.
//!
//! The page hands plans and reports to JavaScript (the `size()` API and the JSON export) as
//! this text, read back with `JSON.parse`. It replaces serde-wasm-bindgen's serializer,
//! which built each object through many small calls into JavaScript (0.2 KB brotli smaller,
//! and one dependency fewer in the page: the per-type serialising code stays either way);
//! numbers are written by `f64::to_string`, which
//! keeps Rust's float formatting out of the wasm. The output reads back as the same value as
//! `serde_json::to_string`'s for every plan and report (tested natively against it); only
//! the spelling of some numbers differs (`2` rather than `2.0`).

use serde::ser::{self, Serialize};
use std::fmt;

/// The value as compact JSON text. Non-finite numbers are written as `null` and map keys
/// that are not strings are quoted, as serde_json does.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut w = Writer { out: String::new() };
    value.serialize(&mut w)?;
    Ok(w.out)
}

/// Why a value could not be written (only a value's own `Serialize` can fail).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

struct Writer {
    out: String,
}

impl Writer {
    fn string(&mut self, s: &str) {
        self.out.push('"');
        for c in s.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                '\u{8}' => self.out.push_str("\\b"),
                '\u{c}' => self.out.push_str("\\f"),
                c if (c as u32) < 0x20 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.out.push_str("\\u00");
                    self.out.push(HEX[(c as usize) >> 4] as char);
                    self.out.push(HEX[(c as usize) & 15] as char);
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }

    fn integer(&mut self, negative: bool, magnitude: u64) {
        if negative {
            self.out.push('-');
        }
        self.out.push_str(&magnitude.to_string());
    }

    /// `{"variant":` before a newtype, tuple or struct variant's content.
    fn variant_key(&mut self, variant: &str) {
        self.out.push('{');
        self.string(variant);
        self.out.push(':');
    }
}

/// Starts an object or array; `Compound` adds the separators and the closing bracket.
fn open(w: &mut Writer, bracket: char, close: char) -> Compound<'_> {
    w.out.push(bracket);
    Compound {
        w,
        first: true,
        close,
        wrapped: false,
    }
}

/// `{"variant":` and then an object or array, closed by `Compound` with both brackets.
fn open_variant<'w>(w: &'w mut Writer, variant: &str, bracket: char, close: char) -> Compound<'w> {
    w.variant_key(variant);
    let mut c = open(w, bracket, close);
    c.wrapped = true;
    c
}

/// An object or array being written: its entries and, at the end, its closing bracket
/// (and the `}` of a variant wrapper).
struct Compound<'w> {
    w: &'w mut Writer,
    first: bool,
    close: char,
    wrapped: bool,
}

impl Compound<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.w.out.push(',');
        }
        self.first = false;
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.w)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.comma();
        self.w.string(key);
        self.w.out.push(':');
        value.serialize(&mut *self.w)
    }

    fn finish(self) -> Result<(), Error> {
        self.w.out.push(self.close);
        if self.wrapped {
            self.w.out.push('}');
        }
        Ok(())
    }
}

/// `fn serialize_i8(self, v: i8)` and the like, each passing its value on widened.
macro_rules! widen {
    ($($method:ident($ty:ty) => $wide:ident),*) => {$(
        fn $method(self, v: $ty) -> Result<(), Error> {
            self.$wide(v.into())
        }
    )*};
}

impl<'w> ser::Serializer for &'w mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'w>;
    type SerializeTuple = Compound<'w>;
    type SerializeTupleStruct = Compound<'w>;
    type SerializeTupleVariant = Compound<'w>;
    type SerializeMap = Compound<'w>;
    type SerializeStruct = Compound<'w>;
    type SerializeStructVariant = Compound<'w>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    // Narrower numbers are written as their widest kind.
    widen! {
        serialize_i8(i8) => serialize_i64,
        serialize_i16(i16) => serialize_i64,
        serialize_i32(i32) => serialize_i64,
        serialize_u8(u8) => serialize_u64,
        serialize_u16(u16) => serialize_u64,
        serialize_u32(u32) => serialize_u64,
        serialize_f32(f32) => serialize_f64
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.integer(v < 0, v.unsigned_abs());
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.integer(false, v);
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if v.is_finite() {
            self.out.push_str(&v.to_string());
        } else {
            self.out.push_str("null");
        }
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.variant_key(variant);
        value.serialize(&mut *self)?;
        self.out.push('}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'w>, Error> {
        Ok(open(self, '[', ']'))
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'w>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'w>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w>, Error> {
        Ok(open_variant(self, variant, '[', ']'))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'w>, Error> {
        Ok(open(self, '{', '}'))
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'w>, Error> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w>, Error> {
        Ok(open_variant(self, variant, '{', '}'))
    }
}

/// Sequences, tuples and tuple variants: every element is written the same way.
macro_rules! elements {
    ($($kind:ident :: $method:ident),*) => {$(
        impl ser::$kind for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                self.finish()
            }
        }
    )*};
}

elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        // JSON keys are strings: a key that is not one (a number) is quoted, as serde_json does.
        self.comma();
        let text = to_string(key)?;
        if text.starts_with('"') {
            self.w.out.push_str(&text);
        } else {
            self.w.string(&text);
        }
        self.w.out.push(':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

/// Structs and struct variants: every field is a key and a value.
macro_rules! fields {
    ($($kind:ident),*) => {$(
        impl ser::$kind for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Error> {
                self.field(key, value)
            }
            fn end(self) -> Result<(), Error> {
                self.finish()
            }
        }
    )*};
}

fields!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::to_string;
    use crate::engine::{size, stress::stress_plan, validate, Plan};
    use crate::export::Export;
    use crate::form::presets::PRESETS;
    use serde::Serialize;
    use std::collections::BTreeMap;

    /// Every number as an f64, the way JavaScript reads it (`2` and `2.0` are one value).
    fn as_javascript_reads_it(v: serde_json::Value) -> serde_json::Value {
        use serde_json::Value;
        match v {
            Value::Number(n) => Value::from(n.as_f64().unwrap()),
            Value::Array(a) => a.into_iter().map(as_javascript_reads_it).collect(),
            Value::Object(o) => o
                .into_iter()
                .map(|(k, v)| (k, as_javascript_reads_it(v)))
                .collect(),
            other => other,
        }
    }

    /// The text parses as JSON and reads back as exactly the value serde_json writes.
    fn same_as_serde_json<T: Serialize>(value: &T) {
        let ours = to_string(value).unwrap();
        let back: serde_json::Value =
            serde_json::from_str(&ours).unwrap_or_else(|e| panic!("not JSON ({e}): {ours}"));
        let expected = serde_json::to_value(value).unwrap();
        assert_eq!(
            as_javascript_reads_it(back),
            as_javascript_reads_it(expected),
            "{ours}"
        );
    }

    #[test]
    fn every_preset_plan_and_report_reads_back_as_serde_json_writes_it() {
        for preset in PRESETS {
            let plan = (preset.plan)();
            let report = size(&plan).unwrap();
            same_as_serde_json(&plan);
            same_as_serde_json(&report);
            same_as_serde_json(&Export {
                format: "kasm-sizer".into(),
                version: 1,
                plan,
                report: Some(report),
            });
        }
    }

    #[test]
    fn the_stress_plan_and_refusals_read_back_as_serde_json_writes_them() {
        let plan = stress_plan(50, 10_000);
        same_as_serde_json(&size(&plan).unwrap());
        // Refusals: internally tagged reasons, with and without fields.
        let mut bad = Plan::default();
        bad.zones[0].profiles[0].sessions = u64::MAX;
        bad.agents.cpus = f64::NAN;
        bad.zones[0].name = String::new();
        let errors = validate(&bad).unwrap_err();
        assert!(errors.len() >= 2);
        same_as_serde_json(&errors);
    }

    #[test]
    fn strings_numbers_and_enum_shapes_are_written_as_json() {
        same_as_serde_json(&"quote \" backslash \\ newline \n tab \t bell \u{7} nul \u{0} é 😀");
        same_as_serde_json(&[0.1, -2.5, 1e300, 5e-324, -0.0, 96.0, 4503599627370497.0]);
        same_as_serde_json(&(u64::MAX, i64::MIN, 'x', true, (), Some(3u8), None::<u8>));
        assert_eq!(
            to_string(&[f64::NAN, f64::INFINITY]).unwrap(),
            "[null,null]"
        );
        let mut keyed = BTreeMap::new();
        keyed.insert(7u32, "seven");
        keyed.insert(11u32, "eleven");
        same_as_serde_json(&keyed);

        #[derive(Serialize)]
        enum Shape {
            Unit,
            New(u8),
            Pair(u8, String),
            Named { a: u8, b: Vec<u8> },
        }
        same_as_serde_json(&vec![
            Shape::Unit,
            Shape::New(1),
            Shape::Pair(2, "two".into()),
            Shape::Named { a: 3, b: vec![] },
        ]);
    }
}
