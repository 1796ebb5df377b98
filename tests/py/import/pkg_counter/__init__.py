print("pkg_counter executed")
count = 0
