"""amanah: is the English version of an Arabic text faithful to it, and where is it not?"""

__version__ = "0.1.0"
