"""Write a synthetic ImageNet-like ImageFolder: JPEGs of random size (300-500 px a side) in many classes.

It exists to measure the data paths (memory, images/s) at ImageNet-like resolution without ImageNet.
The pictures are smooth random colour fields with class-dependent tint plus a little noise, so JPEG
sizes (~20-60 KB) and decode costs resemble photographs more than pure noise would. Not committed:
write it to a git-ignored folder, e.g.

    python scripts/make_imagenet_like.py /work/imnet_like --n_train 20000 --n_val 1000 --classes 100
"""
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
import numpy as np
from PIL import Image
from fastcore.script import call_parse

def _one(args):
    path, seed, cls, n_classes = args
    if path.exists(): return
    rng = np.random.default_rng(seed)
    w, h = rng.integers(300, 501, 2)
    tint = np.array([np.sin(cls * 2.1), np.sin(cls * 1.3 + 1), np.sin(cls * 0.7 + 2)]) * 60 + 128
    g = rng.integers(3, 9)
    field = (rng.normal(0, 50, (g, g, 3)) + tint).clip(0, 255).astype(np.uint8)
    im = np.asarray(Image.fromarray(field).resize((int(w), int(h)), Image.BICUBIC), dtype=np.float32)
    im = (im + rng.normal(0, 6, im.shape)).clip(0, 255).astype(np.uint8)
    tmp = path.with_suffix('.tmp')
    Image.fromarray(im).save(tmp, 'JPEG', quality=90); os.replace(tmp, path)

@call_parse
def main(
    out: str,                # folder to write <out>/train/<class>/*.JPEG and <out>/val/<class>/*.JPEG into
    n_train: int = 20000,    # training images
    n_val: int = 1000,       # validation images
    classes: int = 100,      # class folders
    workers: int = None,     # processes (default: all cores)
):
    "Write a synthetic ImageNet-like ImageFolder; existing images are kept, so an interrupted run can continue."
    out, jobs = Path(out), []
    for split, n, base in (('train', n_train, 0), ('val', n_val, 10**8)):
        for i in range(n):
            c = i % classes
            d = out / split / f'n{c:08d}'; d.mkdir(parents=True, exist_ok=True)
            jobs.append((d / f'{split}_{i:08d}.JPEG', base + i, c, classes))
    with ProcessPoolExecutor(workers or os.cpu_count()) as ex:
        for k, _ in enumerate(ex.map(_one, jobs, chunksize=64)):
            if k % 2000 == 0: print(f'{k}/{len(jobs)}', flush=True)
    print(f'wrote {len(jobs)} images under {out}')
