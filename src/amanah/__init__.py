"""amanah: is the English version of an Arabic text faithful to it, and where is it not?"""

__version__ = "0.2.63"
"""In every report's signature: raised whenever the findings for the same input and options can
change (check logic, word lists, the gazetteer, the aligner), so that two reports compare only when it matches."""
