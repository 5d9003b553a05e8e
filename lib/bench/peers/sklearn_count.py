"""A peer of the benchmark (lib/bench/bench.ts): scikit-learn's CountVectorizer with the
lexicon's words as its vocabulary, over the corpus files. Prints the number of hits.

usage: python3 sklearn_count.py WORDS_FILE FILE...
"""
import sys

from sklearn.feature_extraction.text import CountVectorizer

with open(sys.argv[1], encoding="utf-8") as f:
    words = [line.strip() for line in f if line.strip()]
vectorizer = CountVectorizer(vocabulary=words, input="filename", encoding="utf-8")
print(int(vectorizer.fit_transform(sys.argv[2:]).sum()))
