//! The bundled sample schemas.

pub struct Sample {
    /// Stable key, used in the sample picker.
    pub key: &'static str,
    pub name: &'static str,
    pub ddl: &'static str,
}

pub const SAMPLES: &[Sample] = &[
    Sample {
        key: "ai-platform",
        name: "AI platform (model registry)",
        ddl: include_str!("../samples/ai_platform.sql"),
    },
    Sample {
        key: "inmem-oltp",
        name: "Microsoft In-Memory OLTP sample",
        ddl: include_str!("../samples/inmem_oltp_sample.sql"),
    },
];

pub fn by_key(key: &str) -> Option<&'static Sample> {
    SAMPLES.iter().find(|s| s.key == key)
}
