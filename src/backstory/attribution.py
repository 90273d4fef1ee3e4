def attribute(extraction, context):
    return extraction
