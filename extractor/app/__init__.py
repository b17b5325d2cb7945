"""The application around the pipeline: the command line, batch runs and their engines, inputs,
evaluation against gold files, and the review page. Nothing here reaches into a stage's internals."""
