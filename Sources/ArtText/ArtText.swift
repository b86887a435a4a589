// ArtText: the text layer that art-sentences, art-entities and art-quotes
// share: character classes, language data read from files, the tokenizer and
// the sentence segmenter. Pure Swift; ICU's breaker is in ArtTextICU.
