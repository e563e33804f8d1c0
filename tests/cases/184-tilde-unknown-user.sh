echo ~nosuchuser12345 ~nosuchuser12345/x
