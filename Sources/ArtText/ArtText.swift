// ArtText: the text library shared by art-sentences, art-entities and
// art-quotes: character classes, the tokenizer, NFC normalisation and the
// sentence segmenter.
