"""The heart-rate figures a user may enter, and the coach accepts, in one place: the settings
check them at start-up without loading the zones themselves (core/hr_zones.py makes four
dataclasses, a few milliseconds the first frame does not need)."""

AGE_RANGE_YEARS = (10, 100)
MAX_HR_RANGE_BPM = (100, 230)
RESTING_HR_RANGE_BPM = (30, 120)
# What the heart-rate coach (core/hr_coach.py) and the settings accept.
CEILING_RANGE_BPM = (60, 230)
SETTLE_RANGE_BPM = (50, 200)
SETTLE_WAIT_RANGE_S = (10, 600)
