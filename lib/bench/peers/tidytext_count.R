# A peer of the benchmark (lib/bench/bench.ts): R tidytext, unnest_tokens and an
# inner_join with the lexicon's words, over the corpus files. Prints the number of hits.
#
# usage: Rscript tidytext_count.R WORDS_FILE FILE...
suppressPackageStartupMessages({
  library(dplyr)
  library(tibble)
  library(tidytext)
})
args <- commandArgs(trailingOnly = TRUE)
words <- tibble(word = readLines(args[1], encoding = "UTF-8"))
files <- args[-1]
text <- vapply(files, function(f) {
  paste(readLines(f, encoding = "UTF-8", warn = FALSE), collapse = "\n")
}, "")
hits <- tibble(doc = files, text = text) %>%
  unnest_tokens(word, text) %>%
  inner_join(words, by = "word")
cat(nrow(hits), "\n")
