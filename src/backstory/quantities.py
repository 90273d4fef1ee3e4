def find_quantities(extraction, context):
    return extraction
