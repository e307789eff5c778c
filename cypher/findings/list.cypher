// Stored findings for review, most serious first: optionally one detector's, in the given
// statuses; censored findings only when $censored is true (the data-quality listing).
MATCH (f:Finding {case_id: $case_id})
WHERE ($detector IS NULL OR f.detector = $detector) AND f.status IN $statuses
  AND coalesce(f.censored, false) = $censored
RETURN f AS finding
ORDER BY CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END,
         f.detector, f.first_day, f.finding_key
