# family: ordinary, blind round 48 (container protocol playlist)
from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class Track:
    title: str
    artist: str
    seconds: int

    def __str__(self):
        m, s = divmod(self.seconds, 60)
        return f"{self.artist} - {self.title} ({m}:{s:02d})"


class Playlist:
    def __init__(self, name, tracks=None):
        self.name = name
        self._tracks = list(tracks or [])

    def __len__(self):
        return len(self._tracks)

    def __iter__(self):
        return iter(self._tracks)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(f"{self.name} (slice)", self._tracks[index])
        return self._tracks[index]

    def __contains__(self, item):
        if isinstance(item, str):
            return any(t.title.lower() == item.lower() for t in self._tracks)
        return item in self._tracks

    def __add__(self, other):
        return Playlist(f"{self.name} + {other.name}", self._tracks + list(other))

    def __iadd__(self, track):
        self._tracks.append(track)
        return self

    def __reversed__(self):
        return reversed(self._tracks)

    @property
    def duration(self):
        return timedelta(seconds=sum(t.seconds for t in self._tracks))

    def __repr__(self):
        return f"<Playlist {self.name!r}: {len(self)} tracks, {self.duration}>"


if __name__ == "__main__":
    chill = Playlist("Chill", [
        Track("Weightless", "Marconi Union", 480),
        Track("Teardrop", "Massive Attack", 330),
        Track("Intro", "The xx", 128),
    ])
    chill += Track("Svefn-g-englar", "Sigur Rós", 604)
    party = Playlist("Party", [Track("One More Time", "Daft Punk", 320)])
    print(chill)
    print("first:", chill[0])
    print("slice:", chill[1:3])
    print("'teardrop' in chill:", "teardrop" in chill)
    print("last played first:", next(reversed(chill)))
    combined = chill + party
    print(combined)
    for i, t in enumerate(combined, 1):
        print(f"  {i}. {t}")
