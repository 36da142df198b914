"""Rebuild tests_data/cifar10 from the real CIFAR-10 JPEG folders in ../shared/cifar10.

Takes the first N files (sorted by name) of every class, so the result is deterministic:
    python tests_data/make_tests_data.py [--src ../shared/cifar10] [--train 30] [--test 10]
"""
import argparse, shutil
from pathlib import Path

def main():
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--src', default=str(here.parent.parent / 'shared' / 'cifar10'))
    ap.add_argument('--dst', default=str(here / 'cifar10'))
    ap.add_argument('--train', type=int, default=30, help='images per class in train/')
    ap.add_argument('--test', type=int, default=10, help='images per class in test/')
    a = ap.parse_args()
    src, dst = Path(a.src), Path(a.dst)
    if not (src / 'train').is_dir():
        raise SystemExit(f"no CIFAR-10 folder at {src} (expected {src}/train/<class>/*.jpg); pass --src")
    if dst.exists(): shutil.rmtree(dst)
    for split, n in (('train', a.train), ('test', a.test)):
        for cls in sorted(p for p in (src / split).iterdir() if p.is_dir()):
            out = dst / split / cls.name; out.mkdir(parents=True)
            for f in sorted(cls.glob('*.jpg'))[:n]: shutil.copy2(f, out / f.name)
    print(f"wrote {sum(1 for _ in dst.rglob('*.jpg'))} images to {dst}")

if __name__ == '__main__': main()
