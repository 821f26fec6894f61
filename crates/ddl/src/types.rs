//! Type names -> normalized [`DataType`].
//!
//! Shared by the T-SQL grammar (which reads `name [(args)]` itself, because sqlparser's
//! type grammar does not know `[nvarchar](max)` or `VECTOR(1536, float16)`) and by the
//! PostgreSQL/MySQL mapping (which feeds it sqlparser's rendering of the type).

use crate::model::{DataType, Length, TypeFamily};

/// The family of a built-in type name (lower-case ASCII comparison); `None` if not built in.
pub fn builtin_family(name: &str) -> Option<TypeFamily> {
    use TypeFamily as F;
    let lower = name.to_ascii_lowercase();
    Some(match lower.as_str() {
        "int" | "integer" | "int4" | "mediumint" => F::Int,
        "bigint" | "int8" => F::BigInt,
        "smallint" | "int2" => F::SmallInt,
        "tinyint" => F::TinyInt,
        "bit" => F::Bit,
        "decimal" | "dec" => F::Decimal,
        "numeric" => F::Numeric,
        "money" => F::Money,
        "smallmoney" => F::SmallMoney,
        "float" | "double" | "double precision" | "float8" => F::Float,
        "real" | "float4" => F::Real,
        "char" | "character" | "bpchar" => F::Char,
        "nchar" | "national character" | "national char" => F::NChar,
        "varchar" | "character varying" | "char varying" => F::VarChar,
        "nvarchar" | "national character varying" | "national char varying" | "sysname" => {
            F::NVarChar
        }
        "text" | "tinytext" | "mediumtext" | "longtext" | "citext" => F::Text,
        "ntext" => F::NText,
        "binary" => F::Binary,
        "varbinary" | "binary varying" => F::VarBinary,
        "image" | "bytea" | "blob" | "tinyblob" | "mediumblob" | "longblob" => F::Image,
        "date" => F::Date,
        "time" | "time without time zone" | "timetz" | "time with time zone" => F::Time,
        "datetime" => F::DateTime,
        "datetime2" | "timestamp without time zone" => F::DateTime2,
        "smalldatetime" => F::SmallDateTime,
        "datetimeoffset" | "timestamptz" | "timestamp with time zone" => F::DateTimeOffset,
        "uniqueidentifier" | "uuid" => F::UniqueIdentifier,
        "xml" => F::Xml,
        "json" | "jsonb" => F::Json,
        "vector" => F::Vector,
        "geometry" => F::Geometry,
        "geography" => F::Geography,
        "hierarchyid" => F::HierarchyId,
        "sql_variant" => F::SqlVariant,
        "rowversion" => F::RowVersion,
        "bool" | "boolean" => F::Boolean,
        "interval" => F::Interval,
        "enum" => F::Enum,
        _ => return None,
    })
}

/// Builds a [`DataType`] from a (possibly schema-qualified) name and its argument texts.
/// `timestamp` means ROWVERSION in T-SQL and a date-time elsewhere, hence `tsql`.
pub fn data_type(
    schema: Option<&str>,
    name: &str,
    args: &[&str],
    raw: &str,
    tsql: bool,
) -> DataType {
    let system_schema = schema
        .is_none_or(|s| s.eq_ignore_ascii_case("sys") || s.eq_ignore_ascii_case("pg_catalog"));
    let family = match (system_schema, name.to_ascii_lowercase().as_str()) {
        (true, "timestamp") if tsql => TypeFamily::RowVersion,
        (true, "timestamp") => TypeFamily::DateTime2,
        (true, _) => {
            builtin_family(name).unwrap_or_else(|| TypeFamily::UserDefined(qualified(schema, name)))
        }
        (false, _) => TypeFamily::UserDefined(qualified(schema, name)),
    };
    let mut dt = DataType::simple(family, raw.trim());
    apply_args(&mut dt, name, args);
    dt
}

fn qualified(schema: Option<&str>, name: &str) -> String {
    match schema {
        Some(s) => format!("{s}.{name}"),
        None => name.to_string(),
    }
}

/// Puts each argument where the family says it belongs; anything else goes to `args`.
fn apply_args(dt: &mut DataType, name: &str, args: &[&str]) {
    use TypeFamily as F;
    let number = |s: &str| s.trim().parse::<u32>().ok();
    if name.eq_ignore_ascii_case("sysname") && args.is_empty() {
        dt.length = Some(Length::Chars(128));
        return;
    }
    let mut rest: Vec<String> = Vec::new();
    match dt.family {
        F::Char | F::NChar | F::VarChar | F::NVarChar | F::Binary | F::VarBinary | F::Vector => {
            if let Some(first) = args.first() {
                dt.length = if first.trim().eq_ignore_ascii_case("max") {
                    Some(Length::Max)
                } else {
                    number(first).map(Length::Chars)
                };
                if dt.length.is_none() {
                    rest.push(first.trim().to_string());
                }
            }
            rest.extend(args.iter().skip(1).map(|a| a.trim().to_string()));
        }
        F::Decimal | F::Numeric => {
            dt.precision = args.first().and_then(|a| number(a));
            dt.scale = args.get(1).and_then(|a| number(a));
            rest.extend(args.iter().skip(2).map(|a| a.trim().to_string()));
        }
        F::Float => {
            dt.precision = args.first().and_then(|a| number(a));
            rest.extend(args.iter().skip(1).map(|a| a.trim().to_string()));
        }
        F::Time | F::DateTime2 | F::DateTimeOffset => {
            dt.scale = args.first().and_then(|a| number(a));
            rest.extend(args.iter().skip(1).map(|a| a.trim().to_string()));
        }
        _ => rest.extend(args.iter().map(|a| a.trim().to_string())),
    }
    dt.args = rest;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_and_precision_land_in_their_fields() {
        let t = data_type(None, "nvarchar", &["max"], "[nvarchar](max)", true);
        assert_eq!(t.family, TypeFamily::NVarChar);
        assert_eq!(t.length, Some(Length::Max));
        assert!(t.is_lob());
        let d = data_type(None, "decimal", &["18", " 2"], "decimal(18, 2)", true);
        assert_eq!((d.precision, d.scale), (Some(18), Some(2)));
        let v = data_type(
            None,
            "VECTOR",
            &["1536", " float16"],
            "VECTOR(1536, float16)",
            true,
        );
        assert_eq!(v.length, Some(Length::Chars(1536)));
        assert_eq!(v.args, vec!["float16".to_string()]);
    }

    #[test]
    fn schema_qualified_names_are_user_defined_except_sys() {
        let g = data_type(Some("sys"), "geography", &[], "[sys].[geography]", true);
        assert_eq!(g.family, TypeFamily::Geography);
        let u = data_type(Some("dbo"), "Name", &[], "[dbo].[Name]", true);
        assert_eq!(u.family, TypeFamily::UserDefined("dbo.Name".into()));
    }
}
