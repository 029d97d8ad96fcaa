#!/usr/bin/env python3
"""Fetch real music (and generic game sounds) shipped in Debian packages into benchmarks/data/.

The audio benchmark needs real tracks: generated tones flatter a spectral-peak fingerprint.
Every package below is free to redistribute (licence from its debian/copyright):

    asc-music               3 tracks   GPL-2+        (Michael Kievernagel)
    hyperrogue-music       17 tracks   CC-BY-SA-3.0  (Shawn Parrotte, Lincoln Domina, Will Savino)
                           84 sounds   CC-BY-3.0     (freesound.org members): generic-sound negatives
    planetblupi-music-ogg  10 tracks   GPL-3+        (Daniel Roux, EPSITEC SA, Denis Dumoulin)
    singularity-music      16 tracks   CC-BY-SA-3.0  (Max McCracken)
    wesnoth-1.16-music     41 tracks   GPL-2+        (the Wesnoth composers)
    drascula-music         31 tracks   Drascula licence (free redistribution, Alcachofa Soft)

A second, separate set goes to ``music-held-out-2/``: the audio benchmark's ``held_out_2`` part
(benchmarks/audio_suite.py), from packages no tuning pass ever read:

    nexuiz-music           18 tracks   GPL-2+        (Alientrap; oggs inside data/music.pk3)
    ufoai-music            62 tracks   GPL-2+, CC-BY-3.0, CC-BY-SA-3.0, public domain
                                       (the UFO:AI Team, Manuel "Vanethian" Marino, Karl Macklin,
                                       David Reeves and others; oggs inside base/0music.pk3;
                                       its two "dynamictest" files, cuts of a battle track, skipped)

(warzone2100-music, CC-BY-SA-3.0 / GPL-2+, was looked at and not taken: Opus, which SoX cannot
read to build the suite, and two of its tracks are "enhanced" versions of two others.)

A third set goes to ``music-held-out-3/``: the ``held_out_3`` part, from six more games' packages
(other composers than nexuiz's and ufoai's), and their generic game sounds to
``sounds-held-out-3/`` (the sound negatives of that part; the tuning part's are hyperrogue's):

    freedroidrpg-data      16 tracks   GPL-2+        (the FreedroidRPG team; Files: *)
    hedgewars-data         26 tracks   GPL-2         (the Hedgewars Project; Data/Music falls under
                                                      Files: *, only Data/Sounds is GFDL/CC)
    extremetuxracer-data   10 tracks   GPL-2+        (the Extreme Tux Racer team; 4 are 6-17 s
                                                      jingles)
    frozen-bubble-data      3 tracks   GPL-2         (the Frozen-Bubble Team; its "zik" files)
                           17 sounds   GPL-2         (the rest of its snd/ folder, one a copy)
    lincity-ng-data         3 tracks   GPL-2+        (pronobozo, Robert van Herk)
    supertux-data          18 tracks   GPL-2+        (data/music/*: Marek Moeckel and the SuperTux
                                                      musicians; its antarctic, castle and tropical
                                                      folders: the forest and retro folders hold
                                                      several arrangements of one theme)

A fourth set goes to ``music-held-out-4/``: the ``held_out_4`` part, made when held_out_3 was spent
on tuning (issue 12's eighth pass), from five more games' packages, other composers again:

    blobwars-data          15 tracks   CC-BY-SA-3.0  (Simuze.nl: Lennaert van Driel "DJ Sjors",
                                                      Dick Huijer "Ambick"), CC-BY-3.0 (Sander van
                                                      Oirschot "SinQ"); Ogg files without a suffix,
                                                      copied with ".ogg" added
    flare-game             11 tracks   CC-BY-SA-3.0+ (Clint Bellanger and the Flare contributors;
                                                      mods/fantasycore/music, its 60 s wind_ambient
                                                      skipped: wind, not music)
                          108 sounds   CC-BY-SA-3.0+ (its soundfx folders) -> sounds-held-out-4/
    openclonk-data          8 tracks   CC-BY-3.0     (K-Pone and the OpenClonk team; Music.ocg)
    xmoto-data              7 tracks   GPL-2+        (the X-Moto Development Team)
    widelands-data         30 tracks   GPL-2+        (the Widelands Development Team; ingame_24-26
                                                      CC-BY-SA-3.0, Stuart Marshall; its menu.ogg
                                                      has ingame_14's bytes: kept once)

and one more package whose tracks are *never registered* to ``music-held-out-4-unregistered/``
(unrelated music from yet another game, beside the every-6th track of the five above):

    megaglest-data          9 tracks   CC-BY-SA-3.0  (its factions' and menu music: Aminos, Margaras,
                                                      manolo camp, Mattias Westlund's "Chronicles
                                                      III", the MegaGlest team)

A fifth set goes to ``music-held-out-5/``: the ``held_out_5`` part, made when held_out_4 was spent
(issue 12's ninth pass), from two more games' packages, other composers again:

    naev-data              53 tracks   GPL-3+        (the Naev team; Files: *), GPL-2+ (Vega Strike's
                                                      14), GPL-3 or CC-BY-3.0 (Nikola Whallon),
                                                      CC-BY-3.0 (Zeropage), CC-BY-SA-3.0 (Askyel);
                                                      its ambient2_5 skipped: ambient2 again
                                                      (Chromaprint: 93 % of its items within 10
                                                      bits of ambient2's at offset 0)
    supertuxkart-data      31 tracks   CC-BY-SA-3.0  (0zone0ne, Krobonil, Claude Werner, Weirwood,
                                                      Kalsan, DJHelium, Dundersylt, Speedsound and
                                                      the SuperTuxKart team), CC-BY-SA-4.0 (Keith
                                                      Baylis), GPL (klabauter_dance); data/music,
                                                      its 7 "fast" final-lap versions of 7 tracks
                                                      (*_fast, farm_f) skipped

and one more package whose music is *never registered* to ``music-held-out-5-unregistered/`` (beside
the every-6th track of the two above), with its game sounds to ``sounds-held-out-5/``:

    warmux-data            12 tracks   GPL-2+        (the WarMUX team, Olivier Militon, Mike
                                                      Errecart); music/ingame and music/menu, its
                                                      Apnee2 skipped (Apnee's recording again)
                           77 sounds   GPL-2+        (its weapons' and misc sounds; its voices,
                                                      speech, left out)

Before the part was built, every track of it was compared with every earlier part's and with each
other by Chromaprint (fpcalc -raw over 10 minutes, items within 10 bits at the best offset): apart
from the two skipped files no recording is shared; the longest agreements left are 5-7 s near the
ends of naev's sirius2 (nexuiz subcities) and dvaered2 (ufoai PsymongN3), 2-6 % of either track.

A sixth set goes to ``music-held-out-6/``: the ``held_out_6`` part, made at stop 39 when held_out_5
was spent, from games' soundtracks no earlier part (nor the footage or photo sets) used:

    marsshooter-data       10 tracks   CC-BY-SA-3.0  (Obsidian Shell: M.A.R.S.'s data/audio/music)
                           29 sounds   public domain (data/audio/toon), CC-BY-3.0 (data/audio/
                                                      interface) -> sounds-held-out-6/
    warzone2100-music      27 tracks   GPL-2+ (the Warzone 2100 Project; original_soundtrack by
                                                      Martin Severn, legacy_soundtrack), CC-BY-SA-3.0+
                                                      or GPL-2+ (LupusMechanicus' aftermath_soundtrack);
                                                      Opus, which SoX cannot read: decoded by FFmpeg to
                                                      FLAC (the FLAC is the registered recording); its
                                                      menu_enhanced and track3_enhanced skipped (track3
                                                      and the menu theme again, "enhanced")
    gunroar-data            4 tracks   BSD-2-clause  (Kenta Cho; sounds/musics)
    mu-cade-data            4 tracks   BSD-2-clause  (Kenta Cho)
    torus-trooper-data      4 tracks   BSD-2-clause  (Kenta Cho)
    parsec47-data           4 tracks   BSD-2-clause  (Kenta Cho; the .ogg files of sounds/)
    rrootage-data           3 tracks   BSD-2-clause  (Kenta Cho)
    noiz2sa-data            7 tracks   BSD-2-clause  (Kenta Cho)
                                                      the Kenta Cho games' .wav effects ->
                                                      sounds-held-out-6/

and two packages whose music is *never registered* to ``music-held-out-6-unregistered/`` (beside the
every-6th track of the ones above): one more of Kenta Cho's games (same composer, same synths: the
hard negatives) and one more shoot-'em-up:

    tumiki-fighters-data    6 tracks   BSD-2-clause  (Kenta Cho)
    powermanga-data         3 tracks   GPL-3+        (TLK Games; sound/handheld_console's .ogg)

Before the part was built, every track of it was compared with every earlier part's and with each
other by Chromaprint (fpcalc -raw, items within 10 bits at the best offset), as for held_out_5:
see docs/music.md, "The sixth held-out part, held_out_6", for what was found and left out.

A seventh set goes to ``music-held-out-7/``: the ``held_out_7`` part, made at stop 40 when held_out_6
was spent, from games' soundtracks no earlier part (nor the footage or photo sets) used:

    enigma-data             9 tracks   GPL-2         (the Enigma team; music/game and music/menu)
    btanks-data             7 tracks   GPL-2 with the Battle Tanks exception (Vladimir Menshakov,
                                                      the Battle Tanks Team; data/tunes, its 4 s
                                                      boss-1 skipped: a sting, not a song)
                           70 sounds   the same (data/sounds: effects and ambiences) ->
                                                      sounds-held-out-7/
    zaz-data                4 tracks   CC-BY-SA-3.0  (Leonard Ritter; data/mus*.ogg)
    lordsawar-data          6 tracks   GPL-3+        (the LordsAWar developers; its 2 s bless skipped)
    amoebax-data            9 tracks   Free Art License 1.2 (Alex Almarza)
    tecnoballz-data        15 tracks   GPL-3+        (TLK Games; ProTracker modules, which SoX cannot
                                                      read: rendered by FFmpeg's libopenmpt to FLAC,
                                                      the FLAC being the registered recording)
    pinball-data            4 tracks   GPL-2         (Henrik Enqvist; tux and professor tables; its
                                                      tux/intro.ogg has professor/introp.ogg's bytes:
                                                      kept once)

and four packages whose music is *never registered* to ``music-held-out-7-unregistered/`` (beside
the every-6th track of the ones above): one more of Kenta Cho's games (the composer of 21 of
held_out_6's registered tracks), one more set of ProTracker modules (the style of tecnoballz's)
and two more small games' tunes:

    a7xpg-data              3 tracks   BSD-2-clause  (Kenta Cho; sounds/bgm*.ogg)
    open-invaders-data      4 tracks   GPL-2+        (Darryl LeCount; .mod, rendered to FLAC)
    funnyboat               1 track    Expat         (Joona "JDruid" Karjalainen)
    abe-data                2 tracks   GPL-2+        (Gabor Torok and the Abe team)

Before the part was built, every track of it was compared with every earlier part's and with each
other by Chromaprint, as for held_out_6: see docs/music.md, "The seventh held-out part, held_out_7".

An eighth set goes to ``music-held-out-8/``: the ``held_out_8`` part, made at stop 41 when held_out_7
was spent, from games' soundtracks no earlier part (nor the footage or photo sets) used (found in
Debian's Contents-all index: .ogg and tracker modules under music folders):

    neverball-common        8 tracks   GPL-2+        (Robert Kooima and the Neverball team; bgm/)
                           34 sounds   GPL-2+        (snd/) -> sounds-held-out-8/
    trackballs-data         9 tracks   GPL-2+        (Mathias Broxvall and the Trackballs authors;
                                                      c64revival: Paul Leach, Ethymonics Free Music
                                                      License)
    gigalomania-data        4 tracks   CC-BY-3.0     (Sindre Froyn; gamemusic: _ghost's "Warm Ink",
                                                      ccMixter)
    heroes-sound-tracks    13 tracks   GPL-2+        (Alexandre Duret-Lutz, Romuald Genevois and the
                                                      Heroes team; FastTracker 2 .xm modules)
    pekka-kana-2-data      15 tracks   BSD-2-clause  (Janne Kivilahti, Piste Gamez; .xm modules)
    gl-117-data             8 tracks   GPL-2         (Thomas Drexl; .s3m modules)

(tracker modules, which SoX cannot read, rendered once by FFmpeg's libopenmpt to FLAC, the FLAC
being the registered recording) and four packages whose music is *never registered* to
``music-held-out-8-unregistered/`` (beside the every-6th track of the ones above): three more sets
of tracker modules (the style of the registered Heroes, Pekka Kana 2 and GL-117 ones) and one more
small game's tunes:

    biniax2-data            8 tracks   Zlib          (Jordan Tuzsuzov; .it modules)
    pachi-data              5 tracks   GPL           (Santiago Radeff and the Dragontech team; .s3m)
    circuslinux-data        5 tracks   GPL           (Bill Kendrick, New Breed Software; .mod)
    seahorse-adventures     9 tracks   GPL-2         (tim, The Olde Battleaxe & Friends)

Their 2-8 s jingles (circuslinux's hiscreen, seahorse's death, finish and lvlwin) are left out of
the part. Before the part was built, every track of it was compared with every earlier part's and
with each other by Chromaprint: see docs/music.md, "The eighth held-out part, held_out_8".

A ninth set goes to ``music-held-out-9/``: the ``held_out_9`` part, made at stop 42 when held_out_8
was spent, from games' soundtracks no earlier part (nor the footage or photo sets) used (found in
Debian's Contents-all index: .ogg and tracker modules under music folders):

    starfighter-data       11 tracks   GPL-2+        (Parallel Realities and the Project: Starfighter
                                                      contributors; music/, its 'death' jingle
                                                      left out of the part)
                           18 sounds   GPL-2+        (sound/) -> sounds-held-out-9/
    davegnukem-data        13 tracks   Expat or GPL-2 or GPL-3 (David Joffe; music/eric_matyas:
                                                      Eric Matyas' tunes, shipped under Files: *)
                           14 sounds   the same, CC-BY-3.0 and CC0-1.0 (sounds/) -> sounds-held-out-9/
    rafkill-data            5 tracks   LGPL-2        (Jon Rafkind; FastTracker 2 .xm modules)
    madbomber-data          5 tracks   GPL-2         (Bill Kendrick, New Breed Software; .mod, .s3m,
                                                      .it modules)
    plee-the-bear-data      8 tracks   CC-BY-SA-3.0  (the Plee the Bear team, Stuffomatic; music/*.ogg;
                                                      its sequencer/ stems, parts of its bonus and
                                                      title songs, not taken; 1-up and game-over,
                                                      jingles, left out of the part)

(tracker modules rendered once by FFmpeg's libopenmpt to FLAC, the FLAC being the registered
recording) and two packages whose music is *never registered* to ``music-held-out-9-unregistered/``
(beside the every-6th track of the ones above): one more set of tracker modules (the style of the
registered Rafkill and Mad Bomber ones) and one more small game's tunes:

    bomberclone-data        6 tracks   GPL-2         (Steffen Pohle and the BomberClone team; .xm,
                                                      .mod modules)
    wizznic-data            9 tracks   GPL-3         (Adam Scotney; Sean Hawk's tunes, the menu's)

Before the part was built, every track of it was compared with every earlier part's and with each
other by Chromaprint: see docs/music.md, "The ninth held-out part, held_out_9".

A tenth set goes to ``music-held-out-10/``: the ``held_out_10`` part, made at stop 44 (held_out_9
spent), from games' soundtracks and songs no earlier part (nor the footage or photo sets) used:

    colobot-common-sounds  21 tracks   GPL-3+        (Daniel Roux, EPSITEC SA and the TerranovaTeam;
                                                      music/; Daniel Roux and EPSITEC also hold
                                                      planetblupi-music-ogg, one of the 100's)
                           81 sounds   the same (sounds/; two repeat another's bytes) ->
                                                      sounds-held-out-10/
    pushover-data          10 tracks   GPL-3+        (Andreas Roever; its themes' tunes)
    fretsonfire-songs-muldjord
                            4 tracks   CC-BY-SA-3.0  (El Senator of Muldjord, a metal band: songs
                                                      with vocals; each song's song.ogg, named by its
                                                      folder; its guitar.ogg stems and notes.mid not
                                                      taken)
    pathological            2 tracks   GPL-2+        (John-Paul Gignac; music/)
                           16 sounds   the same (sounds/; one repeats another's bytes) ->
                                                      sounds-held-out-10/

and five packages whose music is *never registered* to ``music-held-out-10-unregistered/`` (beside
the every-6th track of the ones above): four more Frets on Fire songs (rock and metal songs, the
kind of Muldjord's), two tracker modules and two more games' tunes:

    fretsonfire-songs-sectoid
                            4 tracks   Expat         (Carlos Viola Iborra; each song's song.ogg)
    tomatoes-data           1 track    Zlib          (Mika Halttunen; an .it module)
    ceferino-data           1 track    GPL-2+        (Hugo Ruscitti and the Ceferino team; .xm)
    pax-britannica-data     1 track    Expat         (Ben Abraham)
    lugaru-data             5 tracks   CC-BY-SA-3.0  (Wolfire Games; Sounds/Music*.ogg, 28-64 s game
                                                      loops: Music1Desert, -Grass, -Snow, Music2, 3)

Before the part was built, its tracks were compared with each other and with the 100's and every
earlier part's: see docs/music.md, "The tenth held-out part, held_out_10".

An eleventh set goes to ``music-held-out-11/``: the ``held_out_11`` part, made at stop 45 (held_out_10
spent), from games' soundtracks no earlier part (nor the footage or photo sets) used:

    ardentryst             14 tracks   CC-BY-SA-3.0  (Jordan Trudgett; Music/: orchestral and
                                                      folk tunes; theme1_raw, theme1's recording
                                                      unmixed, and battle2, an arrangement of
                                                      battle, left out of the part)
    freedroid-data          9 tracks   GPL-2+        (Johannes Prix and the Freedroid team;
                                                      sound/: Paradroid.ogg and eight ProTracker
                                                      modules, C64-style, rendered to FLAC)
                           28 sounds   the same (sound/*.wav) -> sounds-held-out-11/
    freeorion-data          1 track    CC-BY-SA-3.0  (the FreeOrion project; its one soundtrack
                                                      piece, artificial_intelligence_v3, 10 min)

(tracker modules rendered once by FFmpeg's libopenmpt to FLAC, the FLAC being the registered
recording) and two packages whose music is *never registered* to ``music-held-out-11-unregistered/``
(beside the every-6th track of the ones above): short game loops, the kind of track a game plays
over and over (held_out_9's loop was heard as another game's track):

    chromium-bsu-data       2 tracks   Expat         (Brian Redfern; wav/music_game, music_menu:
                                                      4-7 s loops)
                            7 sounds   the same (the rest of wav/) -> sounds-held-out-11/
    mirrormagic-data        1 track    GPL-2         (Holger Schemel; halloffame.wav, a 5 s loop)

Before the part was built, its tracks were compared with each other and with the 100's and every
earlier part's: see docs/music.md, "The eleventh held-out part, held_out_11".

A twelfth set goes to ``music-held-out-12b/``: the ``held_out_12`` part, made at stop 46 (held_out_11
read by the lead, still sealed), from packages no earlier part (nor the footage or photo sets) used
(a first fetch to ``music-held-out-12/`` also took penguin-command, solarwolf and toppler, whose
tracks the video parts' footage plays: that folder is not read):

    freedink-data           5 tracks   CC-BY-SA-3.0, Open Audio License 1, public domain, GPL-3+,
                                       CC-BY-3.0 (FreeDink's free replacements: John Michel's cello
                                       Ave Maria, the Fulda Symphonic Orchestra's Mendelssohn,
                                       Rytmi-Pojat's 1936 Blue Danube, Ofir Mo's tavern tune,
                                       Gachopin's Lovin')
    wordwarvi-sound         5 tracks   CC-BY-SA-3.0  (Stephen M. Cameron; sounds/: its music;
                                                      lucky-holiday-cornbread-stuffing, a remix
                                                      of lucky13-steve's material, left out of
                                                      the part)
                           56 sounds   the same (the rest of sounds/) -> sounds-held-out-12b/
    gltron                  1 track    GPL-2+        (Andreas Umbach; song_revenge_of_cats.it,
                                                      an Impulse Tracker module, rendered)

and one package whose music is *never registered* to ``music-held-out-12b-unregistered/`` (beside
the every-6th track of the ones above): Teeworlds' menu music, a 25 s loop (teeworlds-data, Zlib,
Magnus Auvinen and contributors; WavPack, rendered to FLAC).

Before the part was built, its tracks were compared with each other and with the 100's and every
earlier part's: see docs/music.md, "The twelfth held-out part, held_out_12".

A thirteenth set goes to ``music-held-out-13b/``: the ``held_out_13`` part, made at stop 47
(held_out_12 read by the lead, still sealed), from packages no earlier part (nor the footage or
photo sets) used (a first fetch to ``music-held-out-13/`` kept the music on hold at 8 kHz, where
SoX refuses the suite's low-pass filters above 4 kHz: that folder is not read):

    openarena-088-data      7 tracks   GPL-2+        (the OpenArena Team; music/ inside
                                                      baseoa/pak6-patch088.pk3, a zip: unpacked)
                           36 sounds   the same (sound/ of that .pk3) -> sounds-held-out-13/
    asterisk-moh-opsound-wav
                            5 tracks   CC-BY-SA-3.0  (Asterisk's music on hold from OpSound:
                                                      Paul Shuler (Macroform) 3, Manolo Camp,
                                                      Reno Project; 8 kHz telephone recordings,
                                                      resampled by SoX to 22 050 Hz FLAC, the
                                                      FLAC the registered recording)

and one package whose music is *never registered* to ``music-held-out-13-unregistered/`` (beside
the every-6th track of the ones above), with its effects and a chat client's alert sounds to
``sounds-held-out-13/``:

    val-and-rick-data       2 tracks   BSD-2-clause  (Kenta Cho; sounds/musics: 26-30 s game
                                                      loops, the composer of 21 of held_out_6's
                                                      registered tracks)
                            7 sounds   the same (sounds/chunks) -> sounds-held-out-13/
    psi-plus-sounds        16 sounds   GPL-2+        (Psi+'s chat and alert sounds, the
                                                      livestream seller's order chimes) ->
                                                      sounds-held-out-13/

Its tracks were compared with each other and with the 100's and every earlier part's: see
docs/music.md, "The thirteenth held-out part, held_out_13".

A fourteenth set goes to ``music-held-out-14/``: the ``held_out_14`` part, made at stop 48
(held_out_13 read by the lead, still sealed), from packages no earlier part (nor the footage or
photo sets) used:

    xblast-tnt-musics       6 tracks   GPL-2         (Oliver Vogel and others: XBlast TNT's
                                                      songs, headerless 8-bit unsigned mono PCM
                                                      at 22 050 Hz, turned by SoX into FLAC, the
                                                      FLAC the registered recording)
    flobopuyo               3 tracks   GPL-2+        (Florent Boudet, Jean-Christophe Hoelt,
                                                      Guillaume Borios: FloboPuyo's three long
                                                      FastTracker modules, rendered once by
                                                      FFmpeg's libopenmpt to FLAC)
                           20 sounds   the same (its .wav effects) -> sounds-held-out-14/

and to ``music-held-out-14-unregistered/``, *never registered* (beside the every-6th track of the
ones above): FloboPuyo's four short modules (15-39 s: its menu and game-over tunes and a second
take of ``strange_fear``, the same game's loops), with a phone's ringtones and notification
sounds to ``sounds-held-out-14/``:

    lomiri-sounds          43 sounds   CC-BY-SA-3.0, CC-BY-3.0, CC0-1.0 (Lomiri's (Ubuntu
                                                      Touch's) 29 ringtones, 5-38 s of music, and
                                                      14 notification sounds: the ringtone
                                                      negatives)

Its tracks were compared with each other and with the 100's and every earlier part's: see
docs/music.md, "The fourteenth held-out part, held_out_14".

A fifteenth set goes to ``music-held-out-15/``: the ``held_out_15`` part, made at stop 49
(held_out_14 read by the lead, still sealed), from packages no earlier part (nor the footage or
photo sets) used:

    ironseed-data           3 tracks   GPL-3+        (Channel 7, 1994: Ironseed's ProTracker
                                                      modules, its intro and two alien races'
                                                      themes, rendered once by FFmpeg's
                                                      libopenmpt to FLAC)
    mazeofgalious-data      2 tracks   GPL           (Santi Ontanon: The Maze of Galious'
                                                      remake, Jorito's castle and world themes)
                           63 sounds   the same (its .wav effects) -> sounds-held-out-15/
    alienblaster-data       2 tracks   GPL-2+        (Paul Grathwohl, Arne Hormann, Daniel Kuehn,
                                                      Soenke Schwardt: Alien Blaster's intro and
                                                      in-game music, .wav)
                            7 sounds   the same (its other .wav effects) -> sounds-held-out-15/
    pink-pony-data          1 track    CC-BY-SA-3.0  (Renich: "To be happy", a band's song, mp3,
                                                      decoded once by FFmpeg to FLAC)
    oxygen-sounds          50 sounds   LGPL-3+       (Nuno Filipe Povoa: KDE's Oxygen desktop
                                                      sounds, its 7-13 s log-in and log-out
                                                      jingles the looped-tone negatives: no
                                                      package left ships ringtones)
                                                      -> sounds-held-out-15/

and to ``music-held-out-15-unregistered/``, *never registered* (beside the every-6th track of the
ones above): Ironseed's four other races' themes and its victory tune (the same composer and
tracker) and The Maze of Galious' shrine, demon and story loops (the same game's).

Its tracks were compared with each other and with the 100's and every earlier part's: see
docs/music.md, "The fifteenth held-out part, held_out_15".

A sixteenth set goes to ``music-held-out-16/``: the ``held_out_16`` part, made at stop 50
(held_out_15 read by the lead, still sealed), from packages no earlier part (nor the footage or
photo sets) used, one game's or program's music each:

    freeciv-data            1 track    GPL-2+        (Cullam Bruce-Lockhart: Freeciv's "Dawning
                                                      Fanfare", orchestral)
    gamine-data             1 track    public domain (T. Willhoite: Bach's Brandenburg Concerto
                                                      No. 2, first movement, rendered from a
                                                      Project Gutenberg score)
                           22 sounds   GPL-2+, GPL-3 (its toddler's effects: GCompris, Tux Paint,
                                                      Childsplay) -> sounds-held-out-16/
    gweled                  1 track    GPL-2+        (Sebastien Delestaing: Gweled's Scream
                                                      Tracker module, rendered once by FFmpeg's
                                                      libopenmpt to FLAC)
                            2 sounds   the same -> sounds-held-out-16/
    hannah-data             1 track    GPL-2         (Stephen Branley: Hannah's Horrible Haunted
                                                      Halloween's music, 11 kHz: resampled once
                                                      by SoX to 22.05 kHz FLAC, as held_out_13's
                                                      8 kHz music)
    orbital-eunuchs-sniper-data
                            1 track    zlib          (Zachary J. Slater, Jari Komppa)
    pinball-table-gnu-data  1 track    CC-BY-SA-3.0  (Subvulture, 2008: the GNU table's 9 min
                                                      music)
                           26 sounds   GPL-2+, GPL-3+, FAL-1.3 (its effects)
                                                      -> sounds-held-out-16/
    raincat-data            1 track    CC-BY-SA-3.0  (Garrick Chin: Raincat's theme)
    vodovod                 1 track    GPL-2+        (Milan Babuskov: Vodovod's "flow" XM module,
                                                      rendered once by libopenmpt to FLAC)
                            5 sounds   the same (its .wav effects) -> sounds-held-out-16/
    deepin-sound-theme     21 sounds   GPL-3         (Deepin's desktop sounds: its 7 s log-in
                                                      jingle the looped-tone negatives)
                                                      -> sounds-held-out-16/

and to ``music-held-out-16-unregistered/``, *never registered* (beside the every-6th track of the
ones above, Gweled's module): Vodovod's two other XM modules, ``vodovod`` and ``walk`` (the same
game's), and Phlipple's theme (phlipple-data, GPL-3+, Remigiusz Dybka: another puzzle game's).

Its tracks were compared with each other and with the 100's and every earlier part's: see
docs/music.md, "The sixteenth held-out part, held_out_16".

Symbolic links (drascula's language folders point at the same files) are skipped and files with
the same bytes kept once. Media is never committed: benchmarks/data/ is git-ignored. Idempotent:
each set has its own completion marker, so adding a set never refetches the other.

    python scripts/fetch_music.py [--dest benchmarks/data]
"""
from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEST = ROOT / "benchmarks" / "data"
AUDIO_SUFFIXES = (".ogg", ".mp3", ".flac", ".wav", ".opus")

# package -> (folder inside the package's data, kind)
SOURCES: dict[str, tuple[str, str]] = {
    "asc-music": ("usr/share/games/asc/music", "music"),
    "hyperrogue-music": ("usr/share/hyperrogue/music", "music"),
    "planetblupi-music-ogg": ("usr/share/planetblupi/music", "music"),
    "singularity-music": ("usr/share/games/singularity/music", "music"),
    "wesnoth-1.16-music": ("usr/share/games/wesnoth/1.16/data/core/music", "music"),
    "drascula-music": ("usr/share/scummvm/drascula/audio", "music"),
}
SOUNDS = ("hyperrogue-music", "usr/share/hyperrogue/sounds")
HELD_OUT_2_FOLDER = "music-held-out-2"
# package -> (zip archive inside the package, folder inside the archive): Quake-engine games ship
# their data as .pk3 (zip) files
HELD_OUT_2: dict[str, tuple[str, str]] = {
    "nexuiz-music": ("usr/share/games/nexuiz/data/music.pk3", "sound/cdtracks"),
    "ufoai-music": ("usr/share/games/ufoai/base/0music.pk3", "music"),
}
HELD_OUT_2_SKIP = ("dynamictest-",)     # ufoai's cuts of another track: not a recording of their own
HELD_OUT_3_FOLDER = "music-held-out-3"
HELD_OUT_3_SOUNDS = "sounds-held-out-3"
# package -> (target folder, folder inside the package's data) pairs; frozen-bubble's snd/ holds
# its tunes and its effects, split by _held_out_3_keeps
FROZEN_BUBBLE_SOUNDS = "usr/share/games/frozen-bubble/snd"
HELD_OUT_3: dict[str, tuple[tuple[str, str], ...]] = {
    "freedroidrpg-data": ((HELD_OUT_3_FOLDER, "usr/share/freedroidrpg/data/sound/music"),),
    "hedgewars-data": ((HELD_OUT_3_FOLDER, "usr/share/games/hedgewars/Data/Music"),),
    "extremetuxracer-data": ((HELD_OUT_3_FOLDER, "usr/share/games/etr/music"),),
    "frozen-bubble-data": ((HELD_OUT_3_FOLDER, FROZEN_BUBBLE_SOUNDS),
                           (HELD_OUT_3_SOUNDS, FROZEN_BUBBLE_SOUNDS)),
    "lincity-ng-data": ((HELD_OUT_3_FOLDER, "usr/share/games/lincity-ng/music/default"),),
    "supertux-data": tuple((HELD_OUT_3_FOLDER, f"usr/share/games/supertux2/music/{folder}")
                           for folder in ("antarctic", "castle", "tropical")),
}
HELD_OUT_4_FOLDER = "music-held-out-4"
HELD_OUT_4_UNREGISTERED = "music-held-out-4-unregistered"
HELD_OUT_4_SOUNDS = "sounds-held-out-4"
FLARE = "usr/share/games/flare/mods/fantasycore"
MEGAGLEST = "usr/share/games/megaglest"
# package -> (target folder, folder inside the package's data) pairs
HELD_OUT_4: dict[str, tuple[tuple[str, str], ...]] = {
    "blobwars-data": ((HELD_OUT_4_FOLDER, "usr/share/games/blobwars/music"),),
    "flare-game": ((HELD_OUT_4_FOLDER, f"{FLARE}/music"), (HELD_OUT_4_SOUNDS, f"{FLARE}/soundfx")),
    "openclonk-data": ((HELD_OUT_4_FOLDER, "usr/share/games/openclonk/Music.ocg"),),
    "xmoto-data": ((HELD_OUT_4_FOLDER, "usr/share/games/xmoto/Textures/Musics"),),
    "widelands-data": ((HELD_OUT_4_FOLDER, "usr/share/games/widelands/data/music"),),
    "megaglest-data": ((HELD_OUT_4_UNREGISTERED, f"{MEGAGLEST}/techs/megapack/factions"),
                       (HELD_OUT_4_UNREGISTERED, f"{MEGAGLEST}/data/core/menu/music")),
}
HELD_OUT_4_SKIP = ("wind_ambient.ogg",)   # flare's wind loop: a sound, not music
HELD_OUT_5_FOLDER = "music-held-out-5"
HELD_OUT_5_UNREGISTERED = "music-held-out-5-unregistered"
HELD_OUT_5_SOUNDS = "sounds-held-out-5"
WARMUX = "usr/share/games/warmux"
# package -> (target folder, folder inside the package's data) pairs
HELD_OUT_5: dict[str, tuple[tuple[str, str], ...]] = {
    "naev-data": ((HELD_OUT_5_FOLDER, "usr/share/naev/dat/snd/music"),),
    "supertuxkart-data": ((HELD_OUT_5_FOLDER, "usr/share/games/supertuxkart/data/music"),),
    "warmux-data": ((HELD_OUT_5_UNREGISTERED, f"{WARMUX}/music"),
                    (HELD_OUT_5_SOUNDS, f"{WARMUX}/sound/default/weapons"),
                    (HELD_OUT_5_SOUNDS, f"{WARMUX}/sound/default/misc")),
}


def _held_out_4_keeps(source: Path) -> bool:
    """Not a skipped file, and of megaglest's factions only their music (not their units' sounds)."""
    return (source.name not in HELD_OUT_4_SKIP
            and ("factions" not in source.parts or source.parent.name == "music"))


HELD_OUT_5_SKIP = ("ambient2_5.ogg", "Olivier_Militon.-.Apnee2.ogg")   # recordings of another file


def _held_out_5_keeps(source: Path) -> bool:
    """Not one of supertuxkart's final-lap versions (the same track played faster: a copy of its
    own, not another recording) nor a skipped file."""
    return not (source.stem.endswith("_fast") or source.stem == "farm_f"
                or source.name in HELD_OUT_5_SKIP)


def _is_audio(source: Path) -> bool:
    """An audio file by its suffix, or an Ogg file without one (blobwars names its tracks bare)."""
    if source.suffix.lower() in AUDIO_SUFFIXES:
        return True
    if source.suffix:
        return False
    with source.open("rb") as head:
        return head.read(4) == b"OggS"


def _download(package: str, workdir: Path) -> Path:
    """``apt-get download`` the package (updating the lists once if apt has none)."""
    for attempt in range(2):
        result = subprocess.run(["apt-get", "download", package], cwd=workdir,
                                capture_output=True, text=True)
        debs = sorted(workdir.glob(f"{package}_*.deb"))
        if result.returncode == 0 and debs:
            return debs[-1]
        if attempt == 0:
            print(f"apt-get download {package} failed; running apt-get update", file=sys.stderr)
            subprocess.run(["apt-get", "update"], check=False)
    raise RuntimeError(f"cannot download Debian package {package}: {result.stderr.strip()}")


def _copy_unique(folder: Path, target: Path, prefix: str, seen: set[str],
                 keep=lambda source: True, modules: tuple[str, ...] = (),
                 name_of: Callable[[Path], str] | None = None) -> int:
    """Copy the regular audio files of ``folder`` (and tracker modules with a suffix of
    ``modules``) that ``keep`` accepts (no links, no repeated bytes) into ``target``, each as
    ``prefix--name`` (``name_of(source)`` when given, else its file name)."""
    copied = 0
    target.mkdir(parents=True, exist_ok=True)
    for source in sorted(folder.rglob("*")):
        if (source.is_symlink() or not source.is_file()
                or not (_is_audio(source) or source.suffix.lower() in modules)
                or not keep(source)):
            continue
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        name = (name_of(source) if name_of else source.name).replace(' ', '_') \
            + ("" if source.suffix else ".ogg")
        destination = target / f"{prefix}--{name}"
        partial = destination.with_suffix(destination.suffix + ".part")
        shutil.copyfile(source, partial)
        partial.replace(destination)          # atomic: a killed run leaves no half file
        copied += 1
    return copied


def _unzip_folder(archive: Path, folder: str, target: Path) -> Path:
    """Extract ``folder`` of a zip ``archive`` (its audio files only) into ``target``."""
    with zipfile.ZipFile(archive) as bundle:
        for member in bundle.infolist():
            name = Path(member.filename)
            if (not member.is_dir() and name.parent == Path(folder)
                    and name.suffix.lower() in AUDIO_SUFFIXES
                    and not name.name.startswith(HELD_OUT_2_SKIP)):
                bundle.extract(member, target)
    return target / folder


def _unpacked(packages: Iterable[str]) -> Iterator[tuple[str, Path, Path]]:
    """Each package downloaded and unpacked in a scratch folder, as (package, its unpacked files,
    the scratch folder); its files are removed when the caller moves on to the next."""
    with tempfile.TemporaryDirectory(prefix="origin-music-") as temp:
        workdir = Path(temp)
        workdir.chmod(0o777)          # apt's sandbox user writes the .deb here
        for package in packages:
            deb = _download(package, workdir)
            unpacked = workdir / package
            subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
            yield package, unpacked, workdir
            shutil.rmtree(unpacked)
            deb.unlink()


def fetch_held_out_2(dest: Path = DEFAULT_DEST) -> list[Path]:
    """Make sure the held-out-2 tracks are in ``dest``/music-held-out-2; return them."""
    music = dest / HELD_OUT_2_FOLDER
    done = dest / f".{HELD_OUT_2_FOLDER}-complete"
    if not done.exists():
        seen: set[str] = set()
        for package, unpacked, workdir in _unpacked(HELD_OUT_2):
            archive, folder = HELD_OUT_2[package]
            tracks = _unzip_folder(unpacked / archive, folder, workdir / f"{package}-zip")
            print(f"{package}: {_copy_unique(tracks, music, package, seen)} tracks")
            shutil.rmtree(workdir / f"{package}-zip")
        done.touch()
    return sorted(music.iterdir())


def _is_frozen_bubble_music(source: Path) -> bool:
    """frozen-bubble's snd/ holds its three tunes ("zik": introzik, frozen-mainzik-*) and effects."""
    return "zik" in source.stem


def _held_out_3_keeps(folder: str):
    """Which files of a package folder go to ``folder``: frozen-bubble's tunes to the music
    folder and its effects to the sounds folder; every other package's files to the music
    folder."""
    if folder == HELD_OUT_3_SOUNDS:
        return lambda source: not _is_frozen_bubble_music(source)
    return lambda source: (FROZEN_BUBBLE_SOUNDS not in source.as_posix()
                           or _is_frozen_bubble_music(source))


HELD_OUT_6_FOLDER = "music-held-out-6"
HELD_OUT_6_UNREGISTERED = "music-held-out-6-unregistered"
HELD_OUT_6_SOUNDS = "sounds-held-out-6"
MARS = "usr/share/games/marsshooter/audio"
# package -> (target folder, folder inside the package's data) pairs; of a folder that mixes music
# and effects (Kenta Cho's sounds/), the music folders take the .ogg and .opus files, the sounds
# folder the .wav files
HELD_OUT_6: dict[str, tuple[tuple[str, str], ...]] = {
    "marsshooter-data": ((HELD_OUT_6_FOLDER, f"{MARS}/music"),
                         (HELD_OUT_6_SOUNDS, f"{MARS}/toon"), (HELD_OUT_6_SOUNDS, f"{MARS}/interface")),
    "warzone2100-music": ((HELD_OUT_6_FOLDER, "usr/share/games/warzone2100/music/albums"),),
    **{f"{game}-data": ((HELD_OUT_6_FOLDER, f"usr/share/games/{game}/sounds"),
                        (HELD_OUT_6_SOUNDS, f"usr/share/games/{game}/sounds"))
       for game in ("gunroar", "mu-cade", "torus-trooper", "parsec47", "rrootage", "noiz2sa")},
    "tumiki-fighters-data": ((HELD_OUT_6_UNREGISTERED, "usr/share/games/tumiki-fighters/sounds"),
                             (HELD_OUT_6_SOUNDS, "usr/share/games/tumiki-fighters/sounds")),
    "powermanga-data": ((HELD_OUT_6_UNREGISTERED,
                         "usr/share/games/powermanga/sound/handheld_console"),),
}
HELD_OUT_6_SKIP = ("menu_enhanced.opus", "track3_enhanced.opus")   # recordings of another file


def _held_out_6_keeps(folder: str):
    """Which files of a package folder go to ``folder``: music (.ogg, .opus; not a skipped file)
    to the music folders, effects (.wav) to the sounds folder."""
    if folder == HELD_OUT_6_SOUNDS:
        return lambda source: source.suffix.lower() == ".wav"
    return lambda source: (source.suffix.lower() in (".ogg", ".opus")
                           and source.name not in HELD_OUT_6_SKIP)


HELD_OUT_7_FOLDER = "music-held-out-7"
HELD_OUT_7_UNREGISTERED = "music-held-out-7-unregistered"
HELD_OUT_7_SOUNDS = "sounds-held-out-7"
BTANKS = "usr/share/games/btanks/data"
HELD_OUT_7: dict[str, tuple[tuple[str, str], ...]] = {
    "enigma-data": ((HELD_OUT_7_FOLDER, "usr/share/games/enigma/music"),),
    "btanks-data": ((HELD_OUT_7_FOLDER, f"{BTANKS}/tunes"), (HELD_OUT_7_SOUNDS, f"{BTANKS}/sounds")),
    "zaz-data": ((HELD_OUT_7_FOLDER, "usr/share/games/zaz"),),
    "lordsawar-data": ((HELD_OUT_7_FOLDER, "usr/share/games/lordsawar/music"),),
    "amoebax-data": ((HELD_OUT_7_FOLDER, "usr/share/games/amoebax/music"),),
    "tecnoballz-data": ((HELD_OUT_7_FOLDER, "usr/share/games/tecnoballz/musics"),),
    "pinball-data": ((HELD_OUT_7_FOLDER, "usr/share/games/pinball"),),
    "a7xpg-data": ((HELD_OUT_7_UNREGISTERED, "usr/share/games/a7xpg/sounds"),),
    "open-invaders-data": ((HELD_OUT_7_UNREGISTERED, "usr/share/open-invaders"),),
    "funnyboat": ((HELD_OUT_7_UNREGISTERED, "usr/share/games/funnyboat/data"),),
    "abe-data": ((HELD_OUT_7_UNREGISTERED, "usr/share/games/abe/sounds"),),
}
HELD_OUT_7_SKIP = ("boss-1.ogg", "bless.ogg")          # a 4 s sting and a 2 s jingle, not songs
HELD_OUT_7_MODULES = (".mod",)


def _held_out_7_keeps(folder: str):
    """Which files of a package folder go to ``folder``: the sounds folder takes every sound;
    the music folders take the music (.ogg, and ProTracker .mod modules) but not a skipped file,
    zaz's effects (only its mus*.ogg are music), funnyboat's effects (only JDruid's song), a7xpg's
    effects (only its bgm*.ogg) nor abe's effects (only its intro and game tunes)."""
    if folder == HELD_OUT_7_SOUNDS:
        return lambda source: source.suffix.lower() in (".ogg", ".wav")
    def keeps(source: Path) -> bool:
        if source.name in HELD_OUT_7_SKIP or source.suffix.lower() not in (".ogg", *HELD_OUT_7_MODULES):
            return False
        game = next((part for part in source.parts if part in ("zaz", "funnyboat", "a7xpg", "abe")),
                    None)
        return {"zaz": source.stem.startswith("mus"), "funnyboat": source.stem.startswith("JDruid"),
                "a7xpg": source.stem.startswith("bgm"),
                "abe": source.stem in ("intro", "game")}.get(game, True)
    return keeps


def _to_flac(folder: Path, suffixes: tuple[str, ...]) -> None:
    """SoX (which builds the suite) reads no Opus nor tracker module: each file of ``folder`` with
    one of ``suffixes`` becomes a .flac FFmpeg decodes (Opus: lossless from the decoded samples) or
    renders (a module: libopenmpt, played once), the original removed; a killed run leaves no half
    file."""
    for source in sorted(path for path in folder.iterdir() if path.suffix.lower() in suffixes):
        flac = source.with_suffix(".flac")
        partial = source.with_suffix(".part.flac")
        subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", str(source),
                        "-c:a", "flac", str(partial)], check=True)
        partial.replace(flac)
        source.unlink()


def _to_rate(folder: Path, rate: int) -> None:
    """Each file of ``folder`` recorded below ``rate`` Hz becomes a .flac SoX resamples to it (its
    sound unchanged below the old rate's half), the original removed; a killed run leaves no half
    file."""
    for source in sorted(folder.iterdir()):
        found = subprocess.run(["soxi", "-r", str(source)], capture_output=True, text=True)
        if found.returncode != 0 or int(found.stdout) >= rate:
            continue
        partial = source.with_suffix(".part.flac")
        subprocess.run(["sox", "-V1", str(source), "-r", str(rate), str(partial)], check=True)
        partial.replace(source.with_suffix(".flac"))
        source.unlink()


HELD_OUT_8_FOLDER = "music-held-out-8"
HELD_OUT_8_UNREGISTERED = "music-held-out-8-unregistered"
HELD_OUT_8_SOUNDS = "sounds-held-out-8"
HELD_OUT_8: dict[str, tuple[tuple[str, str], ...]] = {
    "neverball-common": ((HELD_OUT_8_FOLDER, "usr/share/games/neverball/bgm"),
                         (HELD_OUT_8_SOUNDS, "usr/share/games/neverball/snd")),
    "trackballs-data": ((HELD_OUT_8_FOLDER, "usr/share/games/trackballs/music"),),
    "gigalomania-data": ((HELD_OUT_8_FOLDER, "usr/share/gigalomania/music"),),
    "heroes-sound-tracks": ((HELD_OUT_8_FOLDER, "usr/share/games/heroes/mod"),),
    "pekka-kana-2-data": ((HELD_OUT_8_FOLDER, "usr/share/games/pekka-kana-2/data/music"),),
    "gl-117-data": ((HELD_OUT_8_FOLDER, "usr/share/games/gl-117/music"),),
    "seahorse-adventures": ((HELD_OUT_8_UNREGISTERED, "usr/share/games/seahorse-adventures/data/music"),),
    "biniax2-data": ((HELD_OUT_8_UNREGISTERED, "usr/share/games/biniax2/music"),),
    "pachi-data": ((HELD_OUT_8_UNREGISTERED, "usr/share/pachi/music"),),
    "circuslinux-data": ((HELD_OUT_8_UNREGISTERED, "usr/share/games/circuslinux/data/music"),),
}
HELD_OUT_8_MODULES = (".mod", ".xm", ".s3m", ".it")
HELD_OUT_8_SKIP: tuple[str, ...] = ()      # nothing: its 2-8 s jingles are fetched, and left out
                                           # of the part by audio_suite.HELD_OUT_8_SKIP


def _held_out_8_keeps(folder: str):
    """Which files of a package folder go to ``folder``: the sounds folder takes every .ogg/.wav
    sound; the music folders take the music (.ogg and tracker modules) but not a skipped file."""
    if folder == HELD_OUT_8_SOUNDS:
        return lambda source: source.suffix.lower() in (".ogg", ".wav")
    return lambda source: (source.name not in HELD_OUT_8_SKIP
                           and source.suffix.lower() in (".ogg", *HELD_OUT_8_MODULES))


HELD_OUT_9_FOLDER = "music-held-out-9"
HELD_OUT_9_UNREGISTERED = "music-held-out-9-unregistered"
HELD_OUT_9_SOUNDS = "sounds-held-out-9"
HELD_OUT_9: dict[str, tuple[tuple[str, str], ...]] = {
    "starfighter-data": ((HELD_OUT_9_FOLDER, "usr/share/starfighter/music"),
                         (HELD_OUT_9_SOUNDS, "usr/share/starfighter/sound")),
    "davegnukem-data": ((HELD_OUT_9_FOLDER, "usr/share/games/davegnukem/music/eric_matyas"),
                        (HELD_OUT_9_SOUNDS, "usr/share/games/davegnukem/sounds")),
    "rafkill-data": ((HELD_OUT_9_FOLDER, "usr/share/games/rafkill/music"),),
    "madbomber-data": ((HELD_OUT_9_FOLDER, "usr/share/games/madbomber/music"),),
    "plee-the-bear-data": ((HELD_OUT_9_FOLDER, "usr/share/games/plee-the-bear/music"),),
    "bomberclone-data": ((HELD_OUT_9_UNREGISTERED, "usr/share/games/bomberclone/music"),),
    "wizznic-data": ((HELD_OUT_9_UNREGISTERED, "usr/share/games/wizznic/data"),
                     (HELD_OUT_9_UNREGISTERED, "usr/share/games/wizznic/packs/000_wizznic/music")),
}
HELD_OUT_9_MODULES = (".mod", ".xm", ".s3m", ".it")


def _held_out_9_keeps(folder: str):
    """Which files of a package folder go to ``folder``: the sounds folder takes every .ogg/.wav
    sound; the music folders take the music (.ogg and tracker modules), but not Plee the Bear's
    sequencer/ stems (parts of its bonus and title songs) nor Wizznic's data/ effects (only its
    menu-music)."""
    if folder == HELD_OUT_9_SOUNDS:
        return lambda source: source.suffix.lower() in (".ogg", ".wav")
    def keeps(source: Path) -> bool:
        if source.suffix.lower() not in (".ogg", *HELD_OUT_9_MODULES) or "sequencer" in source.parts:
            return False
        return "wizznic" not in source.parts or "packs" in source.parts \
            or source.name == "menu-music.ogg"
    return keeps


HELD_OUT_10_FOLDER = "music-held-out-10"
HELD_OUT_10_UNREGISTERED = "music-held-out-10-unregistered"
HELD_OUT_10_SOUNDS = "sounds-held-out-10"
FRETSONFIRE = "usr/share/games/fretsonfire/data/songs"
HELD_OUT_10: dict[str, tuple[tuple[str, str], ...]] = {
    "colobot-common-sounds": ((HELD_OUT_10_FOLDER, "usr/share/games/colobot/music"),
                              (HELD_OUT_10_SOUNDS, "usr/share/games/colobot/sounds")),
    "pushover-data": ((HELD_OUT_10_FOLDER, "usr/share/pushover/themes"),),
    "fretsonfire-songs-muldjord": ((HELD_OUT_10_FOLDER, f"{FRETSONFIRE}/muldjord"),),
    "pathological": ((HELD_OUT_10_FOLDER, "usr/share/games/pathological/music"),
                     (HELD_OUT_10_SOUNDS, "usr/share/games/pathological/sounds")),
    "fretsonfire-songs-sectoid": ((HELD_OUT_10_UNREGISTERED, f"{FRETSONFIRE}/sectoid"),),
    "tomatoes-data": ((HELD_OUT_10_UNREGISTERED, "usr/share/tomatoes/music"),),
    "ceferino-data": ((HELD_OUT_10_UNREGISTERED, "usr/share/games/ceferino/music"),),
    "pax-britannica-data": ((HELD_OUT_10_UNREGISTERED, "usr/share/pax-britannica/audio"),),
    "lugaru-data": ((HELD_OUT_10_UNREGISTERED, "usr/share/games/lugaru/Sounds"),),
}
HELD_OUT_10_MODULES = (".xm", ".it")


def _held_out_10_keeps(folder: str):
    """Which files of a package folder go to ``folder``: the sounds folder takes every .wav
    sound; the music folders take the music (.ogg and tracker modules), but of a Frets on Fire
    song only its mix (song.ogg, not the guitar.ogg stem) and of Lugaru's sounds only its music
    (Music*.ogg)."""
    if folder == HELD_OUT_10_SOUNDS:
        return lambda source: source.suffix.lower() == ".wav"
    def keeps(source: Path) -> bool:
        if source.suffix.lower() not in (".ogg", *HELD_OUT_10_MODULES):
            return False
        if "fretsonfire" in source.parts:
            return source.name == "song.ogg"
        return "lugaru" not in source.parts or source.stem.startswith("Music")
    return keeps


def _song_folder_name(source: Path) -> str:
    """A Frets on Fire song's file by its song's folder (every song's mix is a song.ogg)."""
    return f"{source.parent.name}{source.suffix}" if source.name == "song.ogg" else source.name


HELD_OUT_11_FOLDER = "music-held-out-11"
HELD_OUT_11_UNREGISTERED = "music-held-out-11-unregistered"
HELD_OUT_11_SOUNDS = "sounds-held-out-11"
FREEDROID = "usr/share/games/freedroid/sound"
CHROMIUM_BSU = "usr/share/games/chromium-bsu/wav"
HELD_OUT_11: dict[str, tuple[tuple[str, str], ...]] = {
    "ardentryst": ((HELD_OUT_11_FOLDER, "usr/share/games/ardentryst/Music"),),
    "freedroid-data": ((HELD_OUT_11_FOLDER, FREEDROID), (HELD_OUT_11_SOUNDS, FREEDROID)),
    "freeorion-data": ((HELD_OUT_11_FOLDER, "usr/share/games/freeorion/default/data/sound"),),
    "chromium-bsu-data": ((HELD_OUT_11_UNREGISTERED, CHROMIUM_BSU),
                          (HELD_OUT_11_SOUNDS, CHROMIUM_BSU)),
    "mirrormagic-data": ((HELD_OUT_11_UNREGISTERED,
                          "usr/share/games/mirrormagic/sounds/snd_classic"),),
}
HELD_OUT_11_MODULES = (".mod",)
# the music among the packages' sounds: FreeOrion's one soundtrack piece, Chromium B.S.U.'s two
# loops and Mirror Magic's hall-of-fame loop
HELD_OUT_11_MUSIC = ("artificial_intelligence_v3.ogg", "music_game.wav", "music_menu.wav",
                     "halloffame.wav")


def _held_out_11_keeps(folder: str):
    """Which files of a package folder go to ``folder``: the sounds folder takes every .wav sound
    but the music; the music folders take Ardentryst's and Freedroid's .ogg and modules and, of
    the other packages' sound folders, only their music (HELD_OUT_11_MUSIC)."""
    if folder == HELD_OUT_11_SOUNDS:
        return lambda source: (source.suffix.lower() == ".wav"
                               and source.name not in HELD_OUT_11_MUSIC)
    def keeps(source: Path) -> bool:
        if source.name in HELD_OUT_11_MUSIC:
            return True
        return (source.suffix.lower() in (".ogg", *HELD_OUT_11_MODULES)
                and ("ardentryst" in source.parts or "freedroid" in source.parts))
    return keeps


HELD_OUT_12_FOLDER = "music-held-out-12b"
HELD_OUT_12_UNREGISTERED = "music-held-out-12b-unregistered"
HELD_OUT_12_SOUNDS = "sounds-held-out-12b"
WORDWARVI = "usr/share/wordwarvi/sounds"
HELD_OUT_12: dict[str, tuple[tuple[str, str], ...]] = {
    "freedink-data": ((HELD_OUT_12_FOLDER, "usr/share/games/dink/dink/Sound"),),
    "wordwarvi-sound": ((HELD_OUT_12_FOLDER, WORDWARVI), (HELD_OUT_12_SOUNDS, WORDWARVI)),
    "gltron": ((HELD_OUT_12_FOLDER, "usr/share/games/gltron/music"),),
    "teeworlds-data": ((HELD_OUT_12_UNREGISTERED, "usr/share/games/teeworlds/data/audio"),),
}
HELD_OUT_12_MODULES = (".it", ".wv")
# Word War vi's music among its sounds; Teeworlds' one piece of music among its effects
WORDWARVI_MUSIC = ("destiny_facedown.ogg", "dtox3monomix.ogg", "highscoremusic.ogg",
                   "lucky-holiday-cornbread-stuffing-mono.ogg", "lucky13-steve-mono-mix.ogg")
TEEWORLDS_MUSIC = "music_menu.wv"


def _held_out_12_keeps(folder: str):
    """Which files of a package folder go to ``folder``: the sounds folder takes Word War vi's
    .ogg effects (not its music); the music folders take FreeDink's .ogg music (not its .wav
    effects), Word War vi's music, GLtron's module, and of Teeworlds' sounds only its menu
    music."""
    if folder == HELD_OUT_12_SOUNDS:
        return lambda source: source.suffix.lower() == ".ogg" and source.name not in WORDWARVI_MUSIC
    def keeps(source: Path) -> bool:
        if "wordwarvi" in source.parts:
            return source.name in WORDWARVI_MUSIC
        if "teeworlds" in source.parts:
            return source.name == TEEWORLDS_MUSIC
        return source.suffix.lower() in (".ogg", *HELD_OUT_12_MODULES)
    return keeps


HELD_OUT_13_FOLDER = "music-held-out-13b"
HELD_OUT_13_UNREGISTERED = "music-held-out-13-unregistered"
HELD_OUT_13_SOUNDS = "sounds-held-out-13"
OPENARENA_PK3 = "usr/share/games/openarena/baseoa/pak6-patch088.pk3"
VAL_AND_RICK = "usr/share/games/val-and-rick/sounds"
HELD_OUT_13: dict[str, tuple[tuple[str, str], ...]] = {
    # the .pk3's audio is unpacked into a folder of its name without the suffix (``archives``)
    "openarena-088-data": ((HELD_OUT_13_FOLDER, OPENARENA_PK3.removesuffix(".pk3") + "/music"),
                           (HELD_OUT_13_SOUNDS, OPENARENA_PK3.removesuffix(".pk3") + "/sound")),
    "asterisk-moh-opsound-wav": ((HELD_OUT_13_FOLDER, "usr/share/asterisk/moh"),),
    "val-and-rick-data": ((HELD_OUT_13_UNREGISTERED, f"{VAL_AND_RICK}/musics"),
                          (HELD_OUT_13_SOUNDS, f"{VAL_AND_RICK}/chunks")),
    "psi-plus-sounds": ((HELD_OUT_13_SOUNDS, "usr/share/psi-plus/sound"),),
}


def _unzip_audio(archive: Path) -> Path:
    """Extract every audio file of a zip ``archive`` (a Quake-engine game's .pk3) into a folder of
    its name without the suffix, beside it, keeping the archive's folders."""
    target = archive.with_suffix("")
    with zipfile.ZipFile(archive) as bundle:
        for member in bundle.infolist():
            if not member.is_dir() and Path(member.filename).suffix.lower() in AUDIO_SUFFIXES:
                bundle.extract(member, target)
    return target


HELD_OUT_14_FOLDER = "music-held-out-14"
HELD_OUT_14_UNREGISTERED = "music-held-out-14-unregistered"
HELD_OUT_14_SOUNDS = "sounds-held-out-14"
FLOBOPUYO = "usr/share/games/flobopuyo/sfx"
HELD_OUT_14: dict[str, tuple[tuple[str, str], ...]] = {
    "xblast-tnt-musics": ((HELD_OUT_14_FOLDER, "usr/share/games/xblast-tnt/sounds"),),
    "flobopuyo": ((HELD_OUT_14_FOLDER, FLOBOPUYO), (HELD_OUT_14_UNREGISTERED, FLOBOPUYO),
                  (HELD_OUT_14_SOUNDS, FLOBOPUYO)),
    "lomiri-sounds": ((HELD_OUT_14_SOUNDS, "usr/share/sounds/lomiri/ringtones"),
                      (HELD_OUT_14_SOUNDS, "usr/share/sounds/lomiri/notifications")),
}
HELD_OUT_14_MODULES = (".xm",)
# XBlast's songs: headerless PCM, SoX's reading of them (8-bit unsigned, mono, 22 050 Hz: read so
# their chords are triads in tune and their tempos 105-125 BPM)
XBLAST_PCM = ("-t", "raw", "-r", "22050", "-e", "unsigned-integer", "-b", "8", "-c", "1")
# FloboPuyo's modules over a minute (registered); its four short ones are its loops (never)
FLOBOPUYO_LONG = ("flobopuyo_game1.xm", "flobopuyo_game2.xm", "strange_fear.xm")


def _held_out_14_keeps(folder: str):
    """Which files of a package folder go to ``folder``: the sounds folder takes FloboPuyo's .wav
    effects and Lomiri's ringtones and notifications; the music folder XBlast's songs and
    FloboPuyo's long modules, the unregistered folder FloboPuyo's short ones."""
    if folder == HELD_OUT_14_SOUNDS:
        return lambda source: source.suffix.lower() in (".ogg", ".wav")
    if folder == HELD_OUT_14_UNREGISTERED:
        return lambda source: source.suffix.lower() == ".xm" and source.name not in FLOBOPUYO_LONG
    return lambda source: source.suffix.lower() == ".raw" or source.name in FLOBOPUYO_LONG


def _raw_to_flac(folder: Path, pcm: tuple[str, ...]) -> None:
    """Each headerless .raw file of ``folder`` becomes a .flac SoX reads with the options ``pcm``
    (its sample format, rate and channels), the original removed; a killed run leaves no half
    file."""
    for source in sorted(folder.glob("*.raw")):
        partial = source.with_suffix(".part.flac")
        subprocess.run(["sox", "-V1", *pcm, str(source), str(partial)], check=True)
        partial.replace(source.with_suffix(".flac"))
        source.unlink()


HELD_OUT_15_FOLDER = "music-held-out-15"
HELD_OUT_15_UNREGISTERED = "music-held-out-15-unregistered"
HELD_OUT_15_SOUNDS = "sounds-held-out-15"
IRONSEED = "usr/share/games/ironseed/sound"
MAZE_OF_GALIOUS = "usr/share/games/mazeofgalious/sound/jorito"    # its other folders: links
ALIEN_BLASTER = "usr/share/games/alienblaster/sound"
HELD_OUT_15: dict[str, tuple[tuple[str, str], ...]] = {
    "ironseed-data": ((HELD_OUT_15_FOLDER, IRONSEED), (HELD_OUT_15_UNREGISTERED, IRONSEED)),
    "mazeofgalious-data": ((HELD_OUT_15_FOLDER, MAZE_OF_GALIOUS),
                           (HELD_OUT_15_UNREGISTERED, MAZE_OF_GALIOUS),
                           (HELD_OUT_15_SOUNDS, MAZE_OF_GALIOUS)),
    "alienblaster-data": ((HELD_OUT_15_FOLDER, ALIEN_BLASTER), (HELD_OUT_15_SOUNDS, ALIEN_BLASTER)),
    "pink-pony-data": ((HELD_OUT_15_FOLDER, "usr/share/games/pink-pony/music"),),
    "oxygen-sounds": ((HELD_OUT_15_SOUNDS, "usr/share/sounds"),),
}
HELD_OUT_15_MODULES = (".mod", ".mp3")       # SoX here reads neither: FFmpeg renders them to FLAC
# each folder's music by file name: Ironseed's intro and two races' themes, the Maze's two long
# themes and Alien Blaster's two tunes registered; Ironseed's four other races' themes and its
# victory, the Maze's shrine, demon and story loops never (its 2-7 s jingles and the demon loop
# sped up twice, demon-fast and demon-vfast, left out)
HELD_OUT_15_MUSIC = ("INTRO1.MOD", "PHADOR.MOD", "TITARIAN.MOD", "castle.ogg", "world.ogg",
                     "intro.wav", "playon.wav", "To be happy.mp3")
HELD_OUT_15_NEVER = ("AARD.MOD", "DPAK.MOD", "ERMIGEN.MOD", "SENGZHAC.MOD", "VICTORY.MOD",
                     "shrine2.ogg", "demon2.ogg", "demonroom1.ogg", "story.ogg")


def _held_out_15_keeps(folder: str):
    """Which files of a package folder go to ``folder``: the music folders their tracks by name
    (``HELD_OUT_15_MUSIC``, ``HELD_OUT_15_NEVER``), the sounds folder every other .wav (the Maze's
    and Alien Blaster's effects) and Oxygen's .ogg desktop sounds."""
    if folder == HELD_OUT_15_SOUNDS:
        return lambda source: ((source.suffix.lower() == ".wav"
                                and source.name not in HELD_OUT_15_MUSIC)
                               or source.name.startswith("Oxygen-"))
    names = HELD_OUT_15_MUSIC if folder == HELD_OUT_15_FOLDER else HELD_OUT_15_NEVER
    return lambda source: source.name in names


HELD_OUT_16_FOLDER = "music-held-out-16"
HELD_OUT_16_UNREGISTERED = "music-held-out-16-unregistered"
HELD_OUT_16_SOUNDS = "sounds-held-out-16"
VODOVOD = "usr/share/games/vodovod"
PINBALL_GNU = "usr/share/games/pinball/gnu"
GAMINE = "usr/share/games/gamine/sounds"
GWELED = "usr/share/sounds/gweled"
HELD_OUT_16: dict[str, tuple[tuple[str, str], ...]] = {
    "freeciv-data": ((HELD_OUT_16_FOLDER, "usr/share/games/freeciv/stdmusic"),),
    "gamine-data": ((HELD_OUT_16_FOLDER, GAMINE), (HELD_OUT_16_SOUNDS, GAMINE)),
    "gweled": ((HELD_OUT_16_FOLDER, GWELED), (HELD_OUT_16_SOUNDS, GWELED)),
    "hannah-data": ((HELD_OUT_16_FOLDER, "usr/share/games/hannah"),),
    "orbital-eunuchs-sniper-data": ((HELD_OUT_16_FOLDER,
                                     "usr/share/games/orbital_eunuchs_sniper"),),
    "pinball-table-gnu-data": ((HELD_OUT_16_FOLDER, PINBALL_GNU),
                               (HELD_OUT_16_SOUNDS, PINBALL_GNU)),
    "raincat-data": ((HELD_OUT_16_FOLDER, "usr/share/games/raincat/data/music"),),
    "vodovod": ((HELD_OUT_16_FOLDER, VODOVOD), (HELD_OUT_16_UNREGISTERED, VODOVOD),
                (HELD_OUT_16_SOUNDS, VODOVOD)),
    "phlipple-data": ((HELD_OUT_16_UNREGISTERED, "usr/share/phlipple"),),
    "deepin-sound-theme": ((HELD_OUT_16_SOUNDS, "usr/share/sounds/deepin/stereo"),),
}
HELD_OUT_16_MODULES = (".s3m", ".xm")        # SoX here reads neither: FFmpeg renders them to FLAC
# each folder's music by file name: one track of each package registered (Gweled's the every-6th,
# never registered), Vodovod's two other modules and Phlipple's theme never
HELD_OUT_16_MUSIC = ("CullamBruce-Lockhart--Dawning_Fanfare.ogg",
                     "BachJSBrandenburgConcertNo2inFMajorBWV1047mvmt1.ogg", "autonom.s3m",
                     "bgm1.ogg", "oes.ogg", "music.ogg", "project_raincat.ogg", "flow.xm")
HELD_OUT_16_NEVER = ("vodovod.xm", "walk.xm", "theme.ogg")


def _held_out_16_keeps(folder: str):
    """Which files of a package folder go to ``folder``: the music folders their tracks by name
    (``HELD_OUT_16_MUSIC``, ``HELD_OUT_16_NEVER``), the sounds folder every other .wav and .ogg
    of the packages it lists (their effects, Deepin's desktop sounds)."""
    if folder == HELD_OUT_16_SOUNDS:
        return lambda source: (source.suffix.lower() in (".wav", ".ogg")
                               and source.name not in HELD_OUT_16_MUSIC)
    names = HELD_OUT_16_MUSIC if folder == HELD_OUT_16_FOLDER else HELD_OUT_16_NEVER
    return lambda source: source.name in names


def _held_out_16_name(source: Path) -> str:
    """A file's name without its composer's prefix (Freeciv's ``Composer--Title``): ``--`` parts
    a track's package from its name in the folders."""
    return source.name.split("--")[-1]


@dataclass(frozen=True)
class MusicPart:
    """What one held-out part of the audio suite fetches (held_out_3 on): its packages' listed
    folders copied into the part's folders (no links, each recording once), the files ``keeps``
    accepts. Where parts differ a field says how, and ``fetch_part`` reads it."""

    tag: str
    music: str                       # the registered tracks' folder; names the completion mark
    sounds: str                      # its game sounds' folder (the part's sound negatives)
    packages: dict[str, tuple[tuple[str, str], ...]]   # package -> (target folder, inside) pairs
    keeps: Callable[[str], Callable[[Path], bool]]     # target folder -> which files it takes
    unregistered: str | None = None  # packages never registered (held_out_4 on)
    # Opus and tracker modules (SoX reads neither), copied and rendered to FLAC in the music
    # folders: the FLAC is the registered recording (held_out_6 on)
    to_flac: tuple[str, ...] = ()
    # a file's name in its folder (held_out_10: songs all called song.ogg, named by their folder)
    name_of: Callable[[Path], str] | None = None
    # package -> a zip archive inside it whose audio files are unpacked first (``_unzip_audio``;
    # held_out_13: OpenArena's .pk3)
    archives: dict[str, str] = field(default_factory=dict, hash=False)
    # music recorded at a lower rate (8 kHz music on hold) resampled to this one by SoX into FLAC,
    # the FLAC the registered recording: SoX's low-pass filters above 4 kHz refuse an 8 kHz file
    # (held_out_13, held_out_16's 11 kHz Hannah; 0: as it is)
    least_rate: int = 0
    # SoX's options for headerless .raw music (its sample format, rate, channels), copied and
    # turned into FLAC in the music folders, the FLAC the registered recording (held_out_14:
    # XBlast's songs; (): no .raw is music)
    raw_pcm: tuple[str, ...] = ()


def fetch_part(part: MusicPart, dest: Path = DEFAULT_DEST) -> dict[str, list[Path]]:
    """Make sure ``part``'s tracks, its never-registered packages' tracks and its sounds are in
    their folders of ``dest``; return each folder's files by folder name."""
    folders = tuple(folder for folder in (part.music, part.unregistered, part.sounds) if folder)
    done = dest / f".{part.music}-complete"
    if not done.exists():
        seen: set[str] = set()
        for package, unpacked, _workdir in _unpacked(part.packages):
            if package in part.archives:
                _unzip_audio(unpacked / part.archives[package])
            for folder, inside in part.packages[package]:
                count = _copy_unique(unpacked / inside, dest / folder, package, seen,
                                     part.keeps(folder),
                                     part.to_flac + ((".raw",) if part.raw_pcm else ()),
                                     part.name_of)
                print(f"{package}: {count} files to {folder}")
        for folder in (part.music, part.unregistered):
            if folder and part.to_flac:
                _to_flac(dest / folder, part.to_flac)
            if folder and part.least_rate:
                _to_rate(dest / folder, part.least_rate)
            if folder and part.raw_pcm:
                _raw_to_flac(dest / folder, part.raw_pcm)
        done.touch()
    return {folder: sorted((dest / folder).iterdir()) for folder in folders}


# The parts fetched by package folder, in the order they were made (held_out_2's packages are zip
# archives: fetch_held_out_2). At stop 43 a fetch function each, copied part by part until then,
# became these records and ``fetch_part``: the same files.
MUSIC_PARTS: dict[str, MusicPart] = {part.tag: part for part in (
    MusicPart("held_out_3", HELD_OUT_3_FOLDER, HELD_OUT_3_SOUNDS, HELD_OUT_3, _held_out_3_keeps),
    MusicPart("held_out_4", HELD_OUT_4_FOLDER, HELD_OUT_4_SOUNDS, HELD_OUT_4,
              lambda folder: _held_out_4_keeps, HELD_OUT_4_UNREGISTERED),
    MusicPart("held_out_5", HELD_OUT_5_FOLDER, HELD_OUT_5_SOUNDS, HELD_OUT_5,
              lambda folder: _held_out_5_keeps, HELD_OUT_5_UNREGISTERED),
    MusicPart("held_out_6", HELD_OUT_6_FOLDER, HELD_OUT_6_SOUNDS, HELD_OUT_6, _held_out_6_keeps,
              HELD_OUT_6_UNREGISTERED, (".opus",)),
    MusicPart("held_out_7", HELD_OUT_7_FOLDER, HELD_OUT_7_SOUNDS, HELD_OUT_7, _held_out_7_keeps,
              HELD_OUT_7_UNREGISTERED, HELD_OUT_7_MODULES),
    MusicPart("held_out_8", HELD_OUT_8_FOLDER, HELD_OUT_8_SOUNDS, HELD_OUT_8, _held_out_8_keeps,
              HELD_OUT_8_UNREGISTERED, HELD_OUT_8_MODULES),
    MusicPart("held_out_9", HELD_OUT_9_FOLDER, HELD_OUT_9_SOUNDS, HELD_OUT_9, _held_out_9_keeps,
              HELD_OUT_9_UNREGISTERED, HELD_OUT_9_MODULES),
    MusicPart("held_out_10", HELD_OUT_10_FOLDER, HELD_OUT_10_SOUNDS, HELD_OUT_10,
              _held_out_10_keeps, HELD_OUT_10_UNREGISTERED, HELD_OUT_10_MODULES,
              name_of=_song_folder_name),
    MusicPart("held_out_11", HELD_OUT_11_FOLDER, HELD_OUT_11_SOUNDS, HELD_OUT_11,
              _held_out_11_keeps, HELD_OUT_11_UNREGISTERED, HELD_OUT_11_MODULES),
    MusicPart("held_out_12", HELD_OUT_12_FOLDER, HELD_OUT_12_SOUNDS, HELD_OUT_12,
              _held_out_12_keeps, HELD_OUT_12_UNREGISTERED, HELD_OUT_12_MODULES),
    MusicPart("held_out_13", HELD_OUT_13_FOLDER, HELD_OUT_13_SOUNDS, HELD_OUT_13,
              lambda folder: lambda source: True, HELD_OUT_13_UNREGISTERED,   # every audio file
              archives={"openarena-088-data": OPENARENA_PK3}, least_rate=22050),
    MusicPart("held_out_14", HELD_OUT_14_FOLDER, HELD_OUT_14_SOUNDS, HELD_OUT_14,
              _held_out_14_keeps, HELD_OUT_14_UNREGISTERED, HELD_OUT_14_MODULES,
              raw_pcm=XBLAST_PCM),
    MusicPart("held_out_15", HELD_OUT_15_FOLDER, HELD_OUT_15_SOUNDS, HELD_OUT_15,
              _held_out_15_keeps, HELD_OUT_15_UNREGISTERED, HELD_OUT_15_MODULES),
    MusicPart("held_out_16", HELD_OUT_16_FOLDER, HELD_OUT_16_SOUNDS, HELD_OUT_16,
              _held_out_16_keeps, HELD_OUT_16_UNREGISTERED, HELD_OUT_16_MODULES,
              name_of=_held_out_16_name, least_rate=22050),
)}


def fetch(dest: Path = DEFAULT_DEST) -> tuple[list[Path], list[Path]]:
    """Make sure every track and sound is in ``dest``/music and ``dest``/sounds; return both."""
    music, sounds = dest / "music", dest / "sounds"
    done = dest / ".music-complete"
    if not done.exists():
        seen: set[str] = set()
        for package, unpacked, _workdir in _unpacked(SOURCES):
            folder, _kind = SOURCES[package]
            count = _copy_unique(unpacked / folder, music, package, seen)
            print(f"{package}: {count} tracks")
            if package == SOUNDS[0]:
                print(f"{package}: {_copy_unique(unpacked / SOUNDS[1], sounds, package, seen)} sounds")
        done.touch()
    return sorted(music.iterdir()), sorted(sounds.iterdir())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", type=Path, default=DEFAULT_DEST)
    args = parser.parse_args()
    music, sounds = fetch(args.dest)
    print(f"{len(music)} tracks in {args.dest / 'music'}, {len(sounds)} sounds in {args.dest / 'sounds'}")
    held = fetch_held_out_2(args.dest)
    print(f"{len(held)} tracks in {args.dest / HELD_OUT_2_FOLDER}")
    for part in MUSIC_PARTS.values():
        for folder, files in fetch_part(part, args.dest).items():
            print(f"{len(files)} files in {args.dest / folder}")


if __name__ == "__main__":
    main()
