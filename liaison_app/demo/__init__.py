"""A generated demo mission (Haldara Province): about a month of a liaison officer's work,
for training, screenshots and trying the application without touching real data.

`generate` plans the month (`roster`, `month_plan`) from the readable tables (`places`,
`names`, `organizations`, `issues`, `engagements`) and writes it (`writer`).
"""

from liaison_app.demo.writer import PROGRESS_EVERY, generate

__all__ = ["PROGRESS_EVERY", "generate"]
