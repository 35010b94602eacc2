import CeilingKit

print("ceiling")
