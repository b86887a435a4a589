import ArtCLI
