"""The new-plan wizard and the guided mode that walks a chief through the chapters."""
