//! The instance type picker's choices (IC-1): a provider's catalogue as option groups, one
//! per family, each type with its vCPU and GiB, the suggested one marked.

use crate::engine::catalogue::{family_of, FAMILIES};
use crate::engine::Provider;
use crate::support::format::readable;

/// One choice of the picker.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeOption {
    /// The catalogue id, the option's value.
    pub id: &'static str,
    /// What the option says: `m6i.xlarge · 4 vCPU / 16 GiB`.
    pub label: String,
}

/// The choices of one family, under its name.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeGroup {
    /// The group's heading: the family, and whether it is burstable or flexible.
    pub label: String,
    /// Its types, smallest first.
    pub options: Vec<TypeOption>,
}

/// The provider's catalogue as option groups in table order; `suggested` (a type id) is
/// marked as such. Empty for no provider.
pub fn type_groups(provider: Provider, suggested: Option<&str>) -> Vec<TypeGroup> {
    let mark = |id: &str| {
        if suggested == Some(id) {
            " · suggested"
        } else {
            ""
        }
    };
    FAMILIES
        .iter()
        .filter(|f| f.provider == provider)
        .map(|f| {
            let options = if f.flex {
                vec![TypeOption {
                    id: f.name,
                    label: format!(
                        "{} · OCPUs and memory of your choice{}",
                        f.name,
                        mark(f.name)
                    ),
                }]
            } else {
                f.types
                    .iter()
                    .map(|&(id, vcpus, gib)| TypeOption {
                        id,
                        label: format!(
                            "{id} · {} vCPU / {} GiB{}",
                            readable(vcpus),
                            readable(gib),
                            mark(id)
                        ),
                    })
                    .collect()
            };
            let kind = if f.burstable {
                " (burstable)"
            } else if f.flex {
                " (flexible shape)"
            } else {
                ""
            };
            TypeGroup {
                label: format!("{}{kind}", f.name),
                options,
            }
        })
        .collect()
}

/// Whether `id` is one of `provider`'s types (a type picked for another provider is not).
pub fn sells(provider: Provider, id: &str) -> bool {
    family_of(id.trim()).is_some_and(|f| f.provider == provider)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ic_1_aws_lists_its_four_families_with_vcpu_and_gib_and_marks_the_suggestion() {
        let groups = type_groups(Provider::Aws, Some("c6i.large"));
        let labels: Vec<&str> = groups.iter().map(|g| g.label.as_str()).collect();
        assert_eq!(labels, ["m6i", "m7i", "c6i", "t3 (burstable)"]);
        let all: Vec<&TypeOption> = groups.iter().flat_map(|g| &g.options).collect();
        // IC-1: 9 m6i, 8 m7i, 9 c6i and 6 t3 types.
        assert_eq!(all.len(), 32);
        let t3 = all.iter().find(|o| o.id == "t3.medium").unwrap();
        assert_eq!(t3.label, "t3.medium · 2 vCPU / 4 GiB");
        let c6i = all.iter().find(|o| o.id == "c6i.large").unwrap();
        assert_eq!(c6i.label, "c6i.large · 2 vCPU / 4 GiB · suggested");
        assert_eq!(
            all.iter()
                .filter(|o| o.label.ends_with("suggested"))
                .count(),
            1
        );
    }

    #[test]
    fn ic_1_oci_offers_its_flexible_shapes_and_no_provider_offers_nothing() {
        let groups = type_groups(Provider::Oci, None);
        let ids: Vec<&str> = groups
            .iter()
            .flat_map(|g| g.options.iter().map(|o| o.id))
            .collect();
        assert_eq!(ids, ["E4.Flex", "E5.Flex"]);
        assert_eq!(groups[0].label, "E4.Flex (flexible shape)");
        assert!(type_groups(Provider::None, None).is_empty());
        assert!(sells(Provider::Gcp, "e2-standard-4"));
        assert!(!sells(Provider::Aws, "e2-standard-4"));
        assert!(!sells(Provider::Aws, ""));
    }
}
