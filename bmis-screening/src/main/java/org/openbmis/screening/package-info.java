/** Alert-list screening: names and documents, explainable scores, list importers. */
package org.openbmis.screening;
