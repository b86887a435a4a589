import ArtCore
