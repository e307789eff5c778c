"""Synthetic, fictional chronologies: corpora for scale tests, benchmarks and trainers' fresh
exercises (`jigsaw generate`).

Each case is an invented family with the agencies around it: ordinary background activity
(synthetic.background) with findings planted for the detectors (synthetic.plants), written in
the chronology format the loaders read (synthetic.corpus). The manifest lists every planted
finding with the rows it must cite, and the tests load a small corpus through the real
loaders and store to check that every one is raised.
"""

from synthetic.corpus import generate_corpus, write_case

__all__ = ["generate_corpus", "write_case"]
