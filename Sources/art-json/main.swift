import ArtCLI
import ArtCore
import ArtJSON
import ArgumentParser
