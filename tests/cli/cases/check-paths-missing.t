# A required folder moved by paths: and missing is named by its configured
# path; an optional file (people) moved and missing is no problem.
run: -C repos/paths-missing check
exit: 1
<<<stderr
repos/paths-missing/profiles: error: required folder not found
<<<end
