"""The reports that go up the chain, as PDFs: one module gathers what each report shows
(a dataclass, from indexed bounded queries), another renders that into PDF bytes."""
