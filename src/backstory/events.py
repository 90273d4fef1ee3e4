def extract_events(extraction, context):
    return extraction
