"""The harnesses here are programs that ``run.py`` hands to atheris, not test modules:
pytest collects none of this folder's files.  ``tests/test_fuzz_corpus.py`` replays their
seed corpora and hypothesis examples through the same contract checks."""

collect_ignore_glob = ["*.py"]
