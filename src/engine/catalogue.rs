//! Cloud instance types (IC-1) and what Kasm's own infrastructure code deploys (IC-2).
//!
//! One table, [`FAMILIES`], holds every family with the source its figures come from
//! (`shared/guide/BEYOND.md`, IC-1); nothing here is priced, since prices change by region
//! and month. Memory is in GiB as the providers publish it. The guide writes GB; this
//! project already reads the guide's GB as 1024^3 bytes (Kasm counts 1024 MB per GB), so a
//! catalogue GiB compares one to one with a guide GB.

use serde::{Deserialize, Serialize};

use super::report::Role;

/// A cloud provider whose instance types the catalogue lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Provider {
    /// No cloud: servers are typed by hand.
    #[default]
    None,
    /// Amazon Web Services.
    Aws,
    /// Microsoft Azure.
    Azure,
    /// Google Cloud.
    Gcp,
    /// Oracle Cloud Infrastructure.
    Oci,
}

impl Provider {
    /// The provider's usual short name.
    pub fn label(self) -> &'static str {
        match self {
            Provider::None => "no cloud",
            Provider::Aws => "AWS",
            Provider::Azure => "Azure",
            Provider::Gcp => "GCP",
            Provider::Oci => "OCI",
        }
    }
}

/// vCPUs per OCI OCPU on x86 shapes (IC-1).
pub const VCPUS_PER_OCPU: f64 = 2.0;

/// One family of instance types, with where its figures come from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Family {
    /// Provider.
    pub provider: Provider,
    /// Family name, e.g. `m6i` or `E4.Flex`.
    pub name: &'static str,
    /// Where the figures come from (BEYOND.md, IC-1).
    pub source: &'static str,
    /// Burstable: sustains only a fraction of each vCPU (IC-1: AWS t3).
    pub burstable: bool,
    /// A flexible shape: the user picks OCPUs and memory (OCI Flex); `types` is empty.
    pub flex: bool,
    /// Its types as (id, vCPU, memory GiB), smallest first.
    pub types: &'static [(&'static str, f64, f64)],
}

const ROSA_AWS: &str = "openshift/openshift-docs modules/rosa-sdpolicy-am-aws-compute-types.adoc";

/// Every family of IC-1, exactly as BEYOND.md gives them.
pub const FAMILIES: &[Family] = &[
    Family {
        provider: Provider::Aws,
        name: "m6i",
        source: "openshift/openshift-docs modules/rosa-sdpolicy-am-aws-compute-types.adoc; m6i.large from several consistent third-party copies",
        burstable: false,
        flex: false,
        types: &[
            ("m6i.large", 2.0, 8.0),
            ("m6i.xlarge", 4.0, 16.0),
            ("m6i.2xlarge", 8.0, 32.0),
            ("m6i.4xlarge", 16.0, 64.0),
            ("m6i.8xlarge", 32.0, 128.0),
            ("m6i.12xlarge", 48.0, 192.0),
            ("m6i.16xlarge", 64.0, 256.0),
            ("m6i.24xlarge", 96.0, 384.0),
            ("m6i.32xlarge", 128.0, 512.0),
        ],
    },
    Family {
        provider: Provider::Aws,
        name: "m7i",
        source: ROSA_AWS,
        burstable: false,
        flex: false,
        types: &[
            ("m7i.xlarge", 4.0, 16.0),
            ("m7i.2xlarge", 8.0, 32.0),
            ("m7i.4xlarge", 16.0, 64.0),
            ("m7i.8xlarge", 32.0, 128.0),
            ("m7i.12xlarge", 48.0, 192.0),
            ("m7i.16xlarge", 64.0, 256.0),
            ("m7i.24xlarge", 96.0, 384.0),
            ("m7i.48xlarge", 192.0, 768.0),
        ],
    },
    Family {
        provider: Provider::Aws,
        name: "c6i",
        source: "openshift/openshift-docs modules/rosa-sdpolicy-am-aws-compute-types.adoc; c6i.large from several consistent third-party copies",
        burstable: false,
        flex: false,
        types: &[
            ("c6i.large", 2.0, 4.0),
            ("c6i.xlarge", 4.0, 8.0),
            ("c6i.2xlarge", 8.0, 16.0),
            ("c6i.4xlarge", 16.0, 32.0),
            ("c6i.8xlarge", 32.0, 64.0),
            ("c6i.12xlarge", 48.0, 96.0),
            ("c6i.16xlarge", 64.0, 128.0),
            ("c6i.24xlarge", 96.0, 192.0),
            ("c6i.32xlarge", 128.0, 256.0),
        ],
    },
    Family {
        provider: Provider::Aws,
        name: "t3",
        source: "several consistent third-party copies of AWS's t3 table",
        burstable: true,
        flex: false,
        types: &[
            ("t3.micro", 2.0, 1.0),
            ("t3.small", 2.0, 2.0),
            ("t3.medium", 2.0, 4.0),
            ("t3.large", 2.0, 8.0),
            ("t3.xlarge", 4.0, 16.0),
            ("t3.2xlarge", 8.0, 32.0),
        ],
    },
    Family {
        provider: Provider::Gcp,
        name: "e2-standard",
        source: "openshift/openshift-docs, the GCP counterpart of rosa-sdpolicy-am-aws-compute-types.adoc",
        burstable: false,
        flex: false,
        types: &[
            ("e2-standard-2", 2.0, 8.0),
            ("e2-standard-4", 4.0, 16.0),
            ("e2-standard-8", 8.0, 32.0),
            ("e2-standard-16", 16.0, 64.0),
            ("e2-standard-32", 32.0, 128.0),
        ],
    },
    Family {
        provider: Provider::Gcp,
        name: "n2-standard",
        source: "openshift/openshift-docs, the GCP counterpart of rosa-sdpolicy-am-aws-compute-types.adoc",
        burstable: false,
        flex: false,
        types: &[
            ("n2-standard-4", 4.0, 16.0),
            ("n2-standard-8", 8.0, 32.0),
            ("n2-standard-16", 16.0, 64.0),
            ("n2-standard-32", 32.0, 128.0),
            ("n2-standard-48", 48.0, 192.0),
            ("n2-standard-64", 64.0, 256.0),
            ("n2-standard-80", 80.0, 320.0),
            ("n2-standard-96", 96.0, 384.0),
            ("n2-standard-128", 128.0, 512.0),
        ],
    },
    Family {
        provider: Provider::Azure,
        name: "Dsv5",
        source: "several consistent third-party copies of Azure's Dsv5 table",
        burstable: false,
        flex: false,
        types: &[
            ("D2s_v5", 2.0, 8.0),
            ("D4s_v5", 4.0, 16.0),
            ("D8s_v5", 8.0, 32.0),
            ("D16s_v5", 16.0, 64.0),
            ("D32s_v5", 32.0, 128.0),
            ("D48s_v5", 48.0, 192.0),
            ("D64s_v5", 64.0, 256.0),
            ("D96s_v5", 96.0, 384.0),
        ],
    },
    Family {
        provider: Provider::Oci,
        name: "E4.Flex",
        source: "Oracle's flexible shape: OCPUs and memory picked by the user; 1 OCPU = 2 vCPU on x86",
        burstable: false,
        flex: true,
        types: &[],
    },
    Family {
        provider: Provider::Oci,
        name: "E5.Flex",
        source: "Oracle's flexible shape: OCPUs and memory picked by the user; 1 OCPU = 2 vCPU on x86",
        burstable: false,
        flex: true,
        types: &[],
    },
];

/// One instance type, fixed or a flexible shape at the OCPUs and memory picked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InstanceSize {
    /// Type id as the provider writes it, e.g. `m6i.xlarge` or `E4.Flex`.
    pub id: String,
    /// Provider.
    pub provider: Provider,
    /// Family name.
    pub family: String,
    /// vCPUs (for OCI Flex: 2 per OCPU).
    pub vcpus: f64,
    /// Memory in GiB.
    pub memory_gib: f64,
    /// OCPUs picked, for OCI Flex shapes.
    pub ocpus: Option<f64>,
    /// Burstable: sustains only a fraction of each vCPU.
    pub burstable: bool,
}

/// One catalogue entry as the JavaScript API lists it (`instanceTypes()`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CatalogueEntry {
    /// Type id (for a flexible shape, the shape's name).
    pub id: &'static str,
    /// Provider.
    pub provider: Provider,
    /// Family name.
    pub family: &'static str,
    /// vCPUs; `null` for a flexible shape.
    pub vcpus: Option<f64>,
    /// Memory in GiB; `null` for a flexible shape.
    pub memory_gib: Option<f64>,
    /// Burstable (warned about when it carries sessions).
    pub burstable: bool,
    /// A flexible shape: pick OCPUs and memory.
    pub flex: bool,
    /// Where the figures come from.
    pub source: &'static str,
}

/// The whole catalogue, one entry per fixed type and one per flexible shape, table order.
pub fn instance_types() -> Vec<CatalogueEntry> {
    let mut out = Vec::new();
    for f in FAMILIES {
        let entry = |id, vcpus, memory_gib| CatalogueEntry {
            id,
            provider: f.provider,
            family: f.name,
            vcpus,
            memory_gib,
            burstable: f.burstable,
            flex: f.flex,
            source: f.source,
        };
        if f.flex {
            out.push(entry(f.name, None, None));
        }
        for &(id, v, m) in f.types {
            out.push(entry(id, Some(v), Some(m)));
        }
    }
    out
}

/// The family a type id belongs to (a flexible shape's id is its family name).
pub fn family_of(id: &str) -> Option<&'static Family> {
    FAMILIES
        .iter()
        .find(|f| (f.flex && f.name == id) || f.types.iter().any(|t| t.0 == id))
}

/// The catalogue's own spelling of a type id given in any case (`M6I.XLARGE` is
/// `m6i.xlarge`, `e4.flex` is `E4.Flex`).
pub fn canonical_id(id: &str) -> Option<&'static str> {
    FAMILIES.iter().find_map(|f| {
        if f.flex && f.name.eq_ignore_ascii_case(id) {
            return Some(f.name);
        }
        f.types
            .iter()
            .find(|t| t.0.eq_ignore_ascii_case(id))
            .map(|t| t.0)
    })
}

/// A fixed type's size, or a flexible shape at `ocpus` and `memory_gib`; None for an id the
/// catalogue does not list, or a flexible shape without both figures.
pub fn lookup(id: &str, ocpus: Option<f64>, memory_gib: Option<f64>) -> Option<InstanceSize> {
    let f = family_of(id)?;
    let size = |id: &str, vcpus, memory_gib, ocpus| InstanceSize {
        id: id.to_string(),
        provider: f.provider,
        family: f.name.to_string(),
        vcpus,
        memory_gib,
        ocpus,
        burstable: f.burstable,
    };
    if f.flex {
        let (o, m) = (ocpus?, memory_gib?);
        return Some(size(f.name, o * VCPUS_PER_OCPU, m, Some(o)));
    }
    let &(id, v, m) = f.types.iter().find(|t| t.0 == id)?;
    Some(size(id, v, m, None))
}

/// True when `size` has at least `vcpus` and `ram_gb` (GiB read as the guide's GB).
pub fn meets(size: &InstanceSize, vcpus: f64, ram_gb: f64) -> bool {
    size.vcpus + 1e-9 >= vcpus && size.memory_gib + 1e-9 >= ram_gb
}

/// The smallest type of one family that has at least `vcpus` and `ram_gb`: fewest vCPUs,
/// then least memory. A flexible shape is sized to fit: whole OCPUs, whole GiB.
pub fn smallest_in(family: &Family, vcpus: f64, ram_gb: f64) -> Option<InstanceSize> {
    if family.flex {
        let ocpus = (vcpus / VCPUS_PER_OCPU).ceil().max(1.0);
        let memory = ram_gb.ceil().max(1.0);
        return lookup(family.name, Some(ocpus), Some(memory));
    }
    family
        .types
        .iter()
        .filter(|t| t.1 + 1e-9 >= vcpus && t.2 + 1e-9 >= ram_gb)
        .min_by(|a, b| a.1.total_cmp(&b.1).then(a.2.total_cmp(&b.2)))
        .and_then(|t| lookup(t.0, None, None))
}

/// The smallest fitting type of each of the provider's families, table order.
pub fn smallest_per_family(provider: Provider, vcpus: f64, ram_gb: f64) -> Vec<InstanceSize> {
    FAMILIES
        .iter()
        .filter(|f| f.provider == provider)
        .filter_map(|f| smallest_in(f, vcpus, ram_gb))
        .collect()
}

/// The suggestion for a role: the smallest fitting type over the provider's families that
/// sustain their vCPUs (burstable families are left out: a suggestion must hold its figure
/// all day); fewest vCPUs, then least memory, then table order.
pub fn suggest(provider: Provider, vcpus: f64, ram_gb: f64) -> Option<InstanceSize> {
    FAMILIES
        .iter()
        .filter(|f| f.provider == provider && !f.burstable)
        .filter_map(|f| smallest_in(f, vcpus, ram_gb))
        .reduce(|best, s| {
            let smaller = s
                .vcpus
                .total_cmp(&best.vcpus)
                .then(s.memory_gib.total_cmp(&best.memory_gib))
                .is_lt();
            if smaller {
                s
            } else {
                best
            }
        })
}

/// What one of Kasm's own infrastructure repositories deploys for one role (IC-2).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VendorDefault {
    /// The role.
    pub role: Role,
    /// Type id (OCI: the flexible shape).
    pub id: &'static str,
    /// OCPUs and memory in GB, for flexible shapes.
    pub flex: Option<(f64, f64)>,
}

/// IC-2: kasmtech/terraform's deployments per provider, and where they come from. Azure has
/// no figures in the sources.
pub fn vendor_defaults(provider: Provider) -> Option<(&'static str, &'static [VendorDefault])> {
    const fn fixed(role: Role, id: &'static str) -> VendorDefault {
        VendorDefault {
            role,
            id,
            flex: None,
        }
    }
    const fn oci(role: Role, ocpus: f64, gb: f64) -> VendorDefault {
        VendorDefault {
            role,
            id: "E4.Flex",
            flex: Some((ocpus, gb)),
        }
    }
    const AWS: &[VendorDefault] = &[
        fixed(Role::WebApp, "t3.small"),
        fixed(Role::Database, "t3.medium"),
        fixed(Role::Agent, "t3.medium"),
        fixed(Role::ConnectionProxy, "t3.small"),
    ];
    const GCP: &[VendorDefault] = &[
        fixed(Role::WebApp, "e2-standard-2"),
        fixed(Role::Database, "e2-standard-2"),
        fixed(Role::Agent, "e2-standard-2"),
        fixed(Role::ConnectionProxy, "e2-standard-2"),
    ];
    const OCI: &[VendorDefault] = &[
        oci(Role::WebApp, 2.0, 2.0),
        oci(Role::Database, 2.0, 2.0),
        oci(Role::Agent, 4.0, 8.0),
        oci(Role::ConnectionProxy, 4.0, 4.0),
    ];
    match provider {
        Provider::Aws => Some(("kasmtech/terraform (AWS)", AWS)),
        Provider::Gcp => Some(("kasmtech/terraform (GCP, Kasm 1.18.1)", GCP)),
        Provider::Oci => Some(("kasmtech/terraform (OCI, E4.Flex)", OCI)),
        Provider::Azure | Provider::None => None,
    }
}

impl VendorDefault {
    /// The deployed size, from the catalogue.
    pub fn size(&self) -> Option<InstanceSize> {
        let (ocpus, memory) = match self.flex {
            Some((o, m)) => (Some(o), Some(m)),
            None => (None, None),
        };
        lookup(self.id, ocpus, memory)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ic_1_every_type_id_is_unique_and_families_are_sorted() {
        let all = instance_types();
        for (i, a) in all.iter().enumerate() {
            assert!(all[i + 1..].iter().all(|b| b.id != a.id), "{} twice", a.id);
        }
        for f in FAMILIES {
            assert!(f.flex == f.types.is_empty(), "{}", f.name);
            for w in f.types.windows(2) {
                assert!(w[0].1 <= w[1].1 && w[0].2 <= w[1].2, "{} order", f.name);
            }
        }
    }

    #[test]
    fn ic_2_every_vendor_default_is_in_the_catalogue() {
        for p in [Provider::Aws, Provider::Gcp, Provider::Oci] {
            let (_, list) = vendor_defaults(p).unwrap();
            assert_eq!(list.len(), 4);
            for d in list {
                let s = d.size().unwrap();
                assert_eq!(s.provider, p);
            }
        }
        assert!(vendor_defaults(Provider::Azure).is_none());
    }
}
