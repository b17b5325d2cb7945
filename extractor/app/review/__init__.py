"""The review page: an article with every extracted fact highlighted, and an index of many."""
