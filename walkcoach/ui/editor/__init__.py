"""The program editor window: the program list, the segment tree and its forms, live summary."""
