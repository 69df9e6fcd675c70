"""Writers that turn a project (or part of one) into files other tools and readers can open."""
