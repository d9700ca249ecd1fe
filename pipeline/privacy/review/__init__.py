"""Human review: uncertain findings routed to a queue, a terminal reviewer, decisions and release."""
