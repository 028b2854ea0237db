-- The published notice's document as a PDF/A signed by the ministry's key, made the first time it is downloaded and
-- served byte for byte ever after; its SHA-256 lets the public verification recognise it.
CREATE TABLE notice_document_pdf (
    notice_id                 UUID PRIMARY KEY REFERENCES notice (id),
    pdf                       BYTEA NOT NULL,
    pdf_sha256                TEXT NOT NULL UNIQUE CHECK (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    signer                    TEXT NOT NULL,
    signer_certificate_sha256 TEXT NOT NULL,
    signed_at                 TIMESTAMPTZ NOT NULL
);

-- An issued PDF never changes and is never deleted, whatever the code does.
CREATE FUNCTION notice_document_pdf_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the PDF of notice % was issued and cannot change', OLD.notice_id;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER notice_document_pdf_immutable BEFORE UPDATE OR DELETE ON notice_document_pdf
    FOR EACH ROW EXECUTE FUNCTION notice_document_pdf_immutable();
